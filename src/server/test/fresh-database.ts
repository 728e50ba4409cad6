import pg from 'pg';
import type { DatabaseOptions } from '../db/database.ts';
import { unique } from './factories.ts';
import type { TestDatabase } from './app.ts';

// Most tests share one PostgreSQL database and keep to their own rows. A test that must own a
// whole table (tampering with the audit log, whose chain spans every row) gets a database of
// its own, made from the same migrations and dropped afterwards.

export interface FreshDatabase {
  options: DatabaseOptions;
  drop(): Promise<void>;
}

export async function freshDatabase(target: TestDatabase): Promise<FreshDatabase> {
  if (target.options.driver === 'pglite') {
    return { options: { driver: 'pglite', dataDir: null }, drop: async () => {} };
  }
  const baseUrl = target.options.url;
  const name = unique('puljer_test_').toLowerCase().replace(/-/g, '_');
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    options: { driver: 'postgres', url: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
