// The app on a fresh embedded PGlite with one signed-in user, as the HTTP benchmarks drive it
// through app.inject: the same routes, checks and answers a browser gets, without the network.
import type { Role } from '../src/domain/workflow/roles.ts';
import { createApp } from '../src/server/app.ts';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { dataAccess, type DataAccess } from '../src/server/data-access.ts';
import pg from 'pg';
import { openDatabase, type DatabaseOptions } from '../src/server/db/database.ts';
import { services } from '../src/server/services.ts';
import { median } from './lib.ts';

const USER = { username: 'bench-bruger', password: 'bench-kodeord-lang-nok-1' };

export interface BenchApp {
  access: DataAccess;
  app: Awaited<ReturnType<typeof createApp>>;
  /** The signed-in user's cookie and CSRF token. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

const serverUrl = () =>
  process.env.TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://root@127.0.0.1:5432/test';

/** Runs statements on the PostgreSQL server the tests use, outside any benchmark database. */
async function onServer(...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  try {
    await client.connect();
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A database of `name` made anew on the PostgreSQL server the tests use, or null (with a note
 * on stderr) when none answers, so a benchmark can then run on PGlite alone. Drop it with
 * `dropServerDatabase` when done.
 */
export async function freshServerDatabase(name: string): Promise<DatabaseOptions | null> {
  try {
    await onServer(`drop database if exists ${name} with (force)`, `create database ${name}`);
  } catch (error) {
    console.error(`no PostgreSQL at ${serverUrl()} (${String(error)}): PGlite only`);
    return null;
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return { driver: 'postgres', url: url.toString() };
}

export async function dropServerDatabase(name: string): Promise<void> {
  await onServer(`drop database if exists ${name} with (force)`);
}

export async function benchApp(
  role: Role,
  prepare: (access: DataAccess) => Promise<void>,
  options: DatabaseOptions = { driver: 'pglite', dataDir: null },
): Promise<BenchApp> {
  const database = await openDatabase(options);
  const access = dataAccess(database);
  const app = await createApp({ services: services(access) });
  await prepare(access);
  await access.users.insertMissing([
    {
      username: USER.username,
      name: 'Bench',
      passwordHash: await hashPassword(USER.password),
      oidcSubject: null,
      roles: [{ role, administration: null }],
    },
  ]);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: USER });
  const token = login.cookies.find((c) => c.name === 'puljer_session')?.value;
  const headers = {
    cookie: `puljer_session=${token}`,
    'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken,
  };
  return {
    access,
    app,
    headers,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Median milliseconds of the signed-in user's GET /api/health: the floor every request pays. */
export async function healthMilliseconds({ app, headers }: BenchApp, repeats: number) {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await app.inject({ url: '/api/health', headers });
    times.push(performance.now() - start);
  }
  return median(times);
}
