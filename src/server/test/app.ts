import type { FastifyInstance } from 'fastify';
import { createApp, type AppOptions } from '../app.ts';
import { dataAccess, type DataAccess } from '../data-access.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../db/database.ts';
import { services, type Services } from '../services.ts';
import { uploadWork, type WorkOptions } from '../work/index.ts';
import { signedInAs, type Inject } from './users.ts';

// Integration tests run on the real database: embedded PGlite always, and PostgreSQL as well
// when TEST_DATABASE_URL names one (CI does). The PostgreSQL database is shared between runs,
// so tests create their own uniquely named data instead of wiping tables.

export interface TestDatabase {
  name: string;
  options: DatabaseOptions;
}

export function testDatabases(): TestDatabase[] {
  const targets: TestDatabase[] = [
    { name: 'PGlite', options: { driver: 'pglite', dataDir: null } },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: 'PostgreSQL', options: { driver: 'postgres', url } });
  return targets;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  access: DataAccess;
  services: Services;
  /** Requests as a signed-in pool secretariat, who may see and edit every proposal. */
  api: Inject;
  close(): Promise<void>;
}

/**
 * The app as main.ts composes it, over a migrated database, without network or logging; `work`
 * sets the import's page and time limits as IMPORT_MAX_PAGES and IMPORT_TIMEOUT_SECONDS do.
 */
export async function startTestApp(
  target: TestDatabase,
  { work, ...options }: Omit<AppOptions, 'services'> & { work?: WorkOptions } = {},
): Promise<TestApp> {
  const database: Database = await openDatabase(target.options);
  const access = dataAccess(database);
  const verbs = services(access, work ? { work: uploadWork(work) } : {});
  const app = await createApp({ services: verbs, ...options });
  return {
    app,
    database,
    access,
    services: verbs,
    api: await signedInAs({ app, access }),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
