import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import * as schema from '../db/schema.ts';
import { proposalStore } from '../proposals/store.ts';
import { searchStore } from './store.ts';

// Proposals saved before search existed (a database upgraded in place) must be found after the
// upgrade without being saved again; so must the list's sort keys and totals. Run on PGlite
// only: each needs a database of its own.

const migrations = fileURLToPath(new URL('../db/migrations', import.meta.url));
const SEARCH_MIGRATION = '0003_search_document';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations that stops just before `tag`. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'puljer-migrations-'));
  await cp(migrations, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  await writeFile(journalPath, JSON.stringify(journal));
  return folder;
}

describe('search documents of proposals saved before the search migration', () => {
  const client = new PGlite();
  const db = drizzle({ client, schema });
  const folders: string[] = [];
  afterAll(async () => {
    await client.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('are built by the migration, so an existing proposal is found by a Tabel 1 label', async () => {
    const before = await migrationsBefore(SEARCH_MIGRATION);
    folders.push(before);
    await migrate(db, { migrationsFolder: before });

    // In SQL of the columns the table had then: the schema of today names columns added later.
    const inserted = await db.execute<{ id: string }>(sql`
      insert into proposals (title, kind, summary, affected_administrations, description,
        economy_narrative, years, future_investment_narrative, implementation_narrative,
        risk_narrative, admin_efficiency, finance_approval_note)
      values ('Tolkning over video', 'investeringsforslag', 'Borgerne får tolk på skærmen.',
        '{}', '', '', '{2026}', '', '', '', '', '')
      returning id`);
    const old = inserted.rows[0];
    await db.insert(schema.economicRows).values({
      proposalId: old!.id,
      position: 0,
      label: 'Licenser til videoudstyr',
      section: 'lasting',
      area: 'service',
      values: [null],
    });

    await migrate(db, { migrationsFolder: migrations });
    const found = await searchStore(db).search({
      q: 'videoudstyret',
      filter: {},
      limit: 10,
      offset: 0,
      scopes: null,
    });
    expect(found.hits.map((hit) => hit.id)).toEqual([old!.id]);
    expect(found.stems).toEqual(['videoudstyr']);
    expect(found.hits[0]!.body).toContain('Licenser til videoudstyr');
  });
});

describe('the list of proposals saved before it was paged in the database', () => {
  const client = new PGlite();
  const db = drizzle({ client, schema });
  const folders: string[] = [];
  afterAll(async () => {
    await client.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('sorts them by Danish title and by their implementation totals, built by the migration', async () => {
    const before = await migrationsBefore('0018_list_sort_keys');
    folders.push(before);
    await migrate(db, { migrationsFolder: before });
    for (const [title, cells] of [
      ['Æblehaven', '{100000, 50000, 999}'],
      ['Aftaler', '{10000, null}'],
    ] as const) {
      const inserted = await db.execute<{ id: string }>(sql`
        insert into proposals (title, kind, summary, affected_administrations, description,
          economy_narrative, years, future_investment_narrative, implementation_narrative,
          risk_narrative, admin_efficiency, finance_approval_note)
        values (${title}, 'investeringsforslag', '', '{}', '', '', '{2026, 2027}', '', '', '',
          '', '')
        returning id`);
      await db.execute(sql`
        insert into economic_rows (proposal_id, position, label, section, area, values)
        values (${inserted.rows[0]!.id}, 0, 'Løn', 'implementation', 'service',
          ${cells}::bigint[])`);
    }

    await migrate(db, { migrationsFolder: migrations });
    const page = (sort: 'title' | 'amount') =>
      proposalStore(db).page({
        filter: {},
        visible: [{ scope: 'all' }],
        sort,
        order: 'asc',
        limit: 10,
        offset: 0,
      });
    expect((await page('title')).items.map((p) => p.title)).toEqual(['Aftaler', 'Æblehaven']);
    // The cell beyond the table's two years is no part of the total.
    expect((await page('amount')).items.map((p) => p.totalImplementation)).toEqual([
      10_000, 150_000,
    ]);
  });
});
