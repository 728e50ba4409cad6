import { stemmer } from '@orama/stemmers/danish';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProposals } from '../demo/index.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { rowsOf } from './sql.ts';

// Snippets mark the words whose stem the query searched for (snippets.ts), stemmed in
// JavaScript; the search found them by PostgreSQL's stems. The two must agree, or a hit would
// show no word marked.
describe.each(testDatabases())('the snippets stemmer on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  it("stems every word of the demo proposals as PostgreSQL's danish configuration does", async () => {
    const words = [
      ...new Set(
        JSON.stringify(demoProposals)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [],
      ),
    ];
    expect(words.length).toBeGreaterThan(1500);
    const rows = await rowsOf<{ word: string; stem: string | null }>(
      t.access.db,
      sql`select word, (ts_lexize('danish_stem', word))[1] as stem
          from unnest(string_to_array(${words.join(' ')}, ' ')) word`,
    );
    // Stop words have no stem in PostgreSQL: a query never searches for them.
    const differing = rows.filter((row) => row.stem !== null && row.stem !== stemmer(row.word));
    expect(differing).toEqual([]);
  });
});
