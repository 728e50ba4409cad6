import { resolveAuditKey } from './audit/key.ts';
import { loadConfig, type Config } from './config.ts';
import { dataAccess, type DataAccess } from './data-access.ts';
import { openDatabase, type Database } from './db/database.ts';

// The server and every command-line tool open the database the same way, so what a tool
// writes to the audit log is signed with the same key as what the server writes.

interface ErrorLog {
  error(details: object, message: string): void;
}

export async function openAccess(
  config: Pick<Config, 'database' | 'audit' | 'answerCacheMegabytes'>,
  log?: ErrorLog,
): Promise<{ database: Database; access: DataAccess }> {
  const auditKey = await resolveAuditKey(config.audit.key);
  const database = await openDatabase(config.database, log);
  return { database, access: dataAccess(database, auditKey, config.answerCacheMegabytes) };
}

/** A command-line tool's body, over the configured database; its answer is the exit code. */
export async function runWithAccess(run: (access: DataAccess) => Promise<number>): Promise<void> {
  const { database, access } = await openAccess(loadConfig(process.env));
  try {
    process.exitCode = await run(access);
  } finally {
    await database.close();
  }
}
