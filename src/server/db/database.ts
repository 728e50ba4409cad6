import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

// The one place that knows which PostgreSQL runs underneath. Both drivers give a Drizzle
// database of the same type, and both run the same SQL migrations before anything else sees it.

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseOptions =
  { driver: 'pglite'; dataDir: string | null } | { driver: 'postgres'; url: string };

export interface Database {
  db: Db;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface ErrorLog {
  error(details: object, message: string): void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Any constant shared by every app server; it only has to differ from other advisory locks.
const MIGRATION_LOCK = 7_301_447_215;

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions, log?: ErrorLog): Promise<Database> {
  return options.driver === 'pglite' ? openPglite(options.dataDir) : openPostgres(options.url, log);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? undefined);
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, log?: ErrorLog): Promise<Database> {
  const connectionString = withDefaultUser(url);
  await migrateLocked(connectionString);
  const pool = new pg.Pool({ connectionString });
  // An idle connection that the server drops must not take the process down with it.
  pool.on('error', (error) => log?.error({ err: error }, 'idle PostgreSQL connection failed'));
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => pool.end(),
  };
}

/**
 * Several app servers may start at once against one database; Drizzle's migrator takes no lock
 * of its own, so the first server migrates while the others wait for it on an advisory lock.
 */
async function migrateLocked(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

/**
 * psql and libpq connect as the operating-system user when the URL names none; node-postgres
 * only looks at $USER, which service managers and containers often leave unset.
 */
function withDefaultUser(url: string): string {
  const parsed = new URL(url);
  if (parsed.username || process.env.PGUSER || !parsed.host) return url;
  parsed.username = userInfo().username;
  return parsed.toString();
}
