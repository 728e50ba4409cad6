import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { dataVersionOf } from '../test/data-version.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { runBackupCli } from './backup-cli.ts';
import { dataAccess } from '../data-access.ts';
import { services } from '../services.ts';
import { openDatabase, type Database, type Db } from './database.ts';

// A backup restored into an empty database gives back every row of every table, and the
// audit log still verifies; a database that holds data is not overwritten by mistake.

async function everyTable(db: Db): Promise<Record<string, string>> {
  // The data version is moved past both databases' on restore; the last test follows it.
  const names = (await db.execute(
    sql`select tablename from pg_tables
        where schemaname = 'public' and tablename <> 'data_version' order by tablename`,
  )) as unknown as { rows: { tablename: string }[] };
  const tables: Record<string, string> = {};
  for (const { tablename } of names.rows) {
    const result = (await db.execute(
      sql.raw(
        `select coalesce(json_agg(t order by t::text), '[]')::text as rows from "${tablename}" t`,
      ),
    )) as unknown as { rows: { rows: string }[] };
    tables[tablename] = result.rows[0]!.rows;
  }
  return tables;
}

describe.each(testDatabases())('backup and restore on $name', (target) => {
  const fresh: FreshDatabase[] = [];
  const apps: TestApp[] = [];
  const opened: Database[] = [];
  let dir: string;

  async function app(): Promise<TestApp> {
    const database = await freshDatabase(target);
    fresh.push(database);
    const started = await startTestApp({ name: target.name, options: database.options });
    apps.push(started);
    return started;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'puljer-backup-'));
  });

  afterEach(async () => {
    for (const started of apps.splice(0)) await started.close();
    for (const database of opened.splice(0)) await database.close();
    for (const database of fresh.splice(0)) await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('restores every row of every table into an empty database, and the audit log verifies', async () => {
    const source = await app();
    const m = await givenMunicipality(source.access);
    for (const title of ['Første', 'Andet']) {
      const created = await source.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m, { title }),
      });
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json<{ id: string }>();
      const comment = await source.api({
        method: 'POST',
        url: `/api/proposals/${id}/comments`,
        payload: { body: `Bemærkning til ${title}` },
      });
      expect(comment.statusCode, comment.body).toBe(201);
    }
    const checkpoint = await source.api({ method: 'POST', url: '/api/audit/checkpoints' });
    expect(checkpoint.statusCode).toBe(201);
    const file = join(dir, 'backup.gz');
    const said: string[] = [];
    const io = { out: (line: string) => said.push(line) };
    expect(await runBackupCli(['backup', '--out', file], source.access.db, io)).toBe(0);

    // Empty: migrated, nobody signed in yet.
    const empty = await freshDatabase(target);
    fresh.push(empty);
    const database = await openDatabase(empty.options);
    opened.push(database);
    expect(await runBackupCli(['restore', '--in', file], database.db, io)).toBe(0);
    const restored = await everyTable(database.db);
    expect(restored).toEqual(await everyTable(source.access.db));
    expect(restored.proposals).toContain('Første');
    expect(restored.proposal_comments).toContain('Bemærkning til Andet');
    const audit = services(dataAccess(database));
    expect(await audit.verifyAudit({ checkpoints: [checkpoint.json()] })).toEqual({
      intact: true,
      entries: expect.any(Number) as number,
    });
    expect(said.at(-1)).toMatch(/rækker i \d+ tabeller genskabt/);
  });

  it('refuses to restore into a database that holds data, unless forced', async () => {
    const source = await app();
    await givenMunicipality(source.access);
    const file = join(dir, 'backup.gz');
    const said: string[] = [];
    const io = { out: (line: string) => said.push(line) };
    expect(await runBackupCli(['backup', '--out', file], source.access.db, io)).toBe(0);

    const other = await app();
    const created = await other.api({
      method: 'POST',
      url: '/api/proposals',
      payload: fullProposal(await givenMunicipality(other.access), { title: 'Bliver' }),
    });
    expect(created.statusCode).toBe(201);
    const listed = async () => (await other.api('/api/proposals')).body;
    expect(await listed()).toContain('Bliver');
    expect(await runBackupCli(['restore', '--in', file], other.access.db, io)).toBe(1);
    expect(said.at(-1)).toBe(
      'ikke genskabt: the database is not empty; restore with --force to replace it',
    );
    expect((await everyTable(other.access.db)).proposals).toContain('Bliver');

    const before = Math.max(
      await dataVersionOf(source.access.db),
      await dataVersionOf(other.access.db),
    );
    expect(await runBackupCli(['restore', '--in', file, '--force'], other.access.db, io)).toBe(0);
    expect(await everyTable(other.access.db)).toEqual(await everyTable(source.access.db));
    // The server had kept its list; what it now answers is the restored data.
    expect(await dataVersionOf(other.access.db)).toBeGreaterThan(before);
    expect(await listed()).not.toContain('Bliver');
  });
});
