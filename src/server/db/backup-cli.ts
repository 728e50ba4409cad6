// npm run backup -- --out FILE
// npm run restore -- --in FILE [--force]
// Backs up and restores the database the app is configured with (DATA_DIR or DATABASE_URL).
// The embedded database is opened by one process at a time: stop the server first.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Db } from './database.ts';
import { backupDatabase, restoreDatabase, RestoreRefused } from './backup.ts';

interface Io {
  out(line: string): void;
}

const USAGE = 'brug: backup --out FIL | restore --in FIL [--force]';

export async function runBackupCli(args: string[], db: Db, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      in: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals[0] === 'backup' && values.out) {
    const { tables, rows } = await backupDatabase(db, values.out);
    io.out(`${rows} rækker fra ${tables} tabeller gemt i ${values.out}`);
    return 0;
  }
  if (positionals[0] === 'restore' && values.in) {
    try {
      const { tables, rows } = await restoreDatabase(db, values.in, { force: values.force });
      io.out(`${rows} rækker i ${tables} tabeller genskabt fra ${values.in}`);
      return 0;
    } catch (error) {
      if (!(error instanceof RestoreRefused)) throw error;
      io.out(`ikke genskabt: ${error.message}`);
      return 1;
    }
  }
  io.out(USAGE);
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadConfig } = await import('../config.ts');
  const { openDatabase } = await import('./database.ts');
  const database = await openDatabase(loadConfig(process.env).database);
  try {
    process.exitCode = await runBackupCli(process.argv.slice(2), database.db, {
      out: (line) => console.log(line),
    });
  } finally {
    await database.close();
  }
}
