import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import * as schema from '../db/schema.ts';
import { searchStore } from './store.ts';

// Proposals saved before search existed (a database upgraded in place) must be found after the
// upgrade without being saved again. Run on PGlite only: it needs a database of its own.

const migrations = fileURLToPath(new URL('../db/migrations', import.meta.url));
const SEARCH_MIGRATION = '0003_search_document';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations that stops just before the one that builds the search documents. */
async function migrationsBeforeSearch(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'puljer-migrations-'));
  await cp(migrations, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
  const at = journal.entries.findIndex((entry) => entry.tag === SEARCH_MIGRATION);
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
    const before = await migrationsBeforeSearch();
    folders.push(before);
    await migrate(db, { migrationsFolder: before });

    const [old] = await db
      .insert(schema.proposals)
      .values({
        title: 'Tolkning over video',
        kind: 'investeringsforslag',
        summary: 'Borgerne får tolk på skærmen.',
        affectedAdministrations: [],
        description: '',
        economyNarrative: '',
        years: [2026],
        futureInvestmentNarrative: '',
        implementationNarrative: '',
        riskNarrative: '',
        adminEfficiency: '',
        financeApprovalNote: '',
      })
      .returning();
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
    expect(found.hits[0]!.snippet).toContain('\u0002videoudstyr\u0003');
  });
});
