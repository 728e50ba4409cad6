import { readFileSync } from 'node:fs';
import { generateDrizzleJson, generateMigration, type DrizzleSnapshotJSON } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.ts';

// The app runs the SQL migrations, not the schema, so a schema change without its migration
// would pass every other test that starts from the migrations and still be wrong.

const meta = new URL('./migrations/meta/', import.meta.url);
const journal = JSON.parse(readFileSync(new URL('_journal.json', meta), 'utf8')) as {
  entries: { idx: number; tag: string }[];
};

describe('migrations', () => {
  it('bring the database to exactly the schema the code declares', async () => {
    const last = journal.entries.at(-1);
    if (!last) throw new Error('no migrations');
    const snapshotName = `${String(last.idx).padStart(4, '0')}_snapshot.json`;
    const previous = JSON.parse(
      readFileSync(new URL(snapshotName, meta), 'utf8'),
    ) as DrizzleSnapshotJSON;
    const current = generateDrizzleJson(schema, previous.id);
    expect(await generateMigration(previous, current)).toEqual([]);
  });
});
