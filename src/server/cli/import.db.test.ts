import { problemMessage } from '../problems.ts';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPath } from '../../import/test-seeds.ts';
import { dataAccess } from '../data-access.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../db/database.ts';
import { services } from '../services.ts';
import { testDatabases } from '../test/app.ts';
import { runCli } from './import.ts';

// `npm run import -- --save FILE` run as a process against the database the app is configured
// with: PGlite in DATA_DIR, or PostgreSQL from DATABASE_URL. What it saved is then read back
// through the app's own services.

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED_002 = seedPath('002_');
const SEED_002_NAME = basename(SEED_002);

interface Target {
  env: Record<string, string>;
  options: DatabaseOptions;
}

describe.each(testDatabases())('import --save on $name', (target) => {
  let dir: string;
  let where: Target;
  let database: Database | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'puljer-cli-'));
    where =
      target.options.driver === 'pglite'
        ? {
            env: { DATA_DIR: dir },
            options: { driver: 'pglite', dataDir: join(dir, 'pglite') },
          }
        : { env: { DATABASE_URL: target.options.url }, options: target.options };
  });
  afterAll(async () => {
    await database?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(...args: string[]) {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/server/cli/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...where.env, DEMO_DATA: 'false' },
      timeout: 120_000,
    });
    return { stdout, stderr };
  }

  it('stores every proposal of seed 002 as a draft awaiting review, with JSON alone on stdout', async () => {
    const { stdout, stderr } = await cli('--json', '--save', SEED_002);
    expect(JSON.parse(stdout)).toHaveLength(3);
    // On a database that holds them from an earlier run, they are held as possible copies.
    const saved =
      /Gemt som kladder til gennemsyn: (\d) forslag(?:; (\d) ligner .*)? \(indlæsning ([0-9a-f-]{36})\)/.exec(
        stderr,
      );
    expect(saved, stderr).not.toBeNull();

    database = await openDatabase(where.options);
    const access = dataAccess(database);
    const verbs = services(access);
    expect(Number(saved![1]) + Number(saved![2] ?? 0)).toBe(3);
    const found = await verbs.getImport({ id: saved![3]! });
    if (!found.ok) throw new Error(problemMessage(found.problem, 'da'));
    expect(found.value).toMatchObject({ total: 3, done: 3, fileName: SEED_002_NAME });
    expect(found.value.entries.map((entry) => [entry.code, entry.acceptedAt])).toEqual([
      ['UD/SI01', null],
      ['TV01', null],
      [null, null],
    ]);
    for (const entry of found.value.entries) {
      if (entry.proposalId === null) {
        expect(entry.state).toBe('held');
        continue;
      }
      const proposal = await access.proposals.find(entry.proposalId);
      expect(proposal?.status).toBe('draft');
    }
  }, 180_000);
});

describe('import --save of a file it cannot read', () => {
  it('exits with 1 and a clear message, without opening the database', async () => {
    const errors: string[] = [];
    const code = await runCli(['--save', 'noise.txt'], {
      readFile: async () => new Uint8Array(3000).map((_, i) => (i * 7919) % 256),
      out: () => {},
      err: (text) => errors.push(text),
      openServices: () => Promise.reject(new Error('the database must not be opened')),
    });
    expect(code).toBe(1);
    expect(errors).toEqual(['Kan ikke læse noise.txt: Dokumentet er ikke tekst (binære data)']);
  });

  it('exits with 1 naming the file when saving fails', async () => {
    const errors: string[] = [];
    const code = await runCli(['--save', SEED_002], {
      readFile: (path) => import('node:fs/promises').then((fs) => fs.readFile(path)),
      out: () => {},
      err: (text) => errors.push(text),
      openServices: () => Promise.reject(new Error('connection refused')),
    });
    expect(code).toBe(1);
    expect(errors.at(-1)).toBe(`Kan ikke gemme ${SEED_002}: connection refused`);
  });
});
