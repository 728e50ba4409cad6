import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';

// A logical backup the same on both drivers: every table of the app, read in one snapshot (so
// the audit log, its head and the proposals it vouches for match), as JSON produced and read
// back by PostgreSQL itself (jsonb, whose text has no line breaks), so bigints, timestamps and text vectors survive unchanged. A copy
// of PGlite's live directory would not be consistent, and pg_dump's version must match the
// server's; this needs neither.
//
// The file is gzip'd lines: a header, then per table its name and its rows as one JSON array.

const FORMAT = 'puljer-backup';
const VERSION = 1;

interface Header {
  format: typeof FORMAT;
  version: number;
  /** How many migrations had run: a backup restores only into the schema it was taken from. */
  migrations: number;
  takenAt: string;
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

type Row = Record<string, unknown>;

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** The app's tables, parents before children, so a restore may insert them in this order. */
async function tableNames(db: Db): Promise<string[]> {
  const rows = await rowsOf(
    db,
    sql`select c.relname as name,
          coalesce(string_agg(p.relname, ',') filter (where p.oid <> c.oid), '') as parents
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        left join pg_constraint f on f.conrelid = c.oid and f.contype = 'f'
        left join pg_class p on p.oid = f.confrelid
        where c.relkind = 'r'
        group by c.relname
        order by c.relname`,
  );
  const parents = new Map(
    rows.map((r) => [String(r.name), String(r.parents).split(',').filter(Boolean)]),
  );
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    for (const parent of parents.get(name) ?? []) visit(parent);
    ordered.push(name);
  };
  for (const name of parents.keys()) visit(name);
  return ordered;
}

/** A table's columns that hold data; generated ones (sort keys) are computed again on insert. */
async function storedColumns(db: Db, table: string): Promise<string[]> {
  const rows = await rowsOf(
    db,
    sql`select a.attname as name from pg_attribute a
        where a.attrelid = ${quoted(table)}::regclass and a.attnum > 0
          and not a.attisdropped and a.attgenerated = ''
        order by a.attnum`,
  );
  return rows.map((r) => String(r.name));
}

async function migrationCount(db: Db): Promise<number> {
  const [row] = await rowsOf(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(row?.n ?? 0);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes every table to `path`, from one read-only snapshot. */
export async function backupDatabase(db: Db, path: string): Promise<BackupSummary> {
  return db.transaction(
    async (tx) => {
      const tables = await tableNames(tx);
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        migrations: await migrationCount(tx),
        takenAt: new Date().toISOString(),
      };
      let rows = 0;
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          const [result] = await rowsOf(
            tx,
            sql.raw(
              `select count(*)::int as n, coalesce(jsonb_agg(to_jsonb(t)), '[]')::text as rows from ${quoted(table)} t`,
            ),
          );
          rows += Number(result?.n ?? 0);
          yield `${JSON.stringify({ table })}\n`;
          yield `${String(result?.rows ?? '[]')}\n`;
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(path));
      return { tables: tables.length, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** How many rows the database holds besides the empty audit head its migrations create. */
export async function rowsHeld(db: Db): Promise<number> {
  let held = 0;
  for (const table of await tableNames(db)) {
    // The audit head and the data version are rows the migrations make, not data.
    if (table === 'data_version') continue;
    const query =
      table === 'audit_head'
        ? `select count(*)::int as n from audit_head where seq > 0`
        : `select count(*)::int as n from ${quoted(table)}`;
    const [row] = await rowsOf(db, sql.raw(query));
    held += Number(row?.n ?? 0);
  }
  return held;
}

/**
 * Replaces every table's rows with the backup's, in one transaction: it is restored whole or
 * not at all. Refuses a database that holds data unless `force`, and a backup from another
 * schema version.
 */
export async function restoreDatabase(
  db: Db,
  path: string,
  { force }: { force: boolean },
): Promise<BackupSummary> {
  const input = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
  const lines = input[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    return line.done ? null : line.value;
  };
  try {
    const first = await next();
    const header = first === null ? null : (JSON.parse(first) as Partial<Header>);
    if (header?.format !== FORMAT || header.version !== VERSION) {
      throw new RestoreRefused(`${path} is not a backup made by npm run backup`);
    }
    const migrations = await migrationCount(db);
    if (header.migrations !== migrations) {
      throw new RestoreRefused(
        `the backup is of schema version ${header.migrations}, this database is at ${migrations}; ` +
          'restore with the version of the app that took it',
      );
    }
    if (!force && (await rowsHeld(db)) > 0) {
      throw new RestoreRefused('the database is not empty; restore with --force to replace it');
    }
    return await db.transaction(async (tx) => {
      const tables = await tableNames(tx);
      const [version] = await rowsOf(tx, sql`select n from data_version`);
      // Replica mode switches off foreign-key checks and triggers (the audit log's append-only
      // trigger among them) for this transaction only; the rows are the backup's, as they were.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql.raw(`truncate ${tables.map(quoted).join(', ')}`));
      let rows = 0;
      let count = 0;
      for (let line = await next(); line !== null; line = await next()) {
        const { table } = JSON.parse(line) as { table: string };
        if (!tables.includes(table)) throw new RestoreRefused(`unknown table ${table} in backup`);
        const data = await next();
        if (data === null) throw new RestoreRefused(`the backup ends inside table ${table}`);
        const columns = (await storedColumns(tx, table)).map(quoted).join(', ');
        const [inserted] = await rowsOf(
          tx,
          sql`with added as (
                insert into ${sql.raw(quoted(table))} (${sql.raw(columns)})
                select ${sql.raw(columns)}
                from json_populate_recordset(null::${sql.raw(quoted(table))}, ${data}::json)
                returning 1)
              select count(*)::int as n from added`,
        );
        rows += Number(inserted?.n ?? 0);
        count++;
      }
      // Past both the backup's and this database's version: no server may take an answer it
      // kept before the restore for one of the restored data.
      await tx.execute(
        sql`insert into data_version (single, n) values (true, ${Number(version?.n ?? 0)} + 1)
            on conflict (single) do update
              set n = greatest(data_version.n, excluded.n - 1) + 1`,
      );
      return { tables: count, rows };
    });
  } finally {
    input.close();
  }
}
