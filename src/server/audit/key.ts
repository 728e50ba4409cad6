import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// The key the audit hashes and checkpoints are signed with lives outside the database: in the
// configuration in production, in a file beside the embedded database in a local start.

/**
 * For tests and a development start against PostgreSQL. It is in the source code, so a log
 * signed with it proves nothing against someone who can read this file; production refuses it.
 */
export const DEVELOPMENT_AUDIT_KEY = 'development-only-audit-key-never-use-in-production';

export type AuditKeySource =
  { kind: 'configured'; key: string } | { kind: 'file'; path: string } | { kind: 'development' };

/** The key itself; a file source is created, readable by its owner only, the first time. */
export async function resolveAuditKey(source: AuditKeySource): Promise<string> {
  switch (source.kind) {
    case 'configured':
      return source.key;
    case 'development':
      return DEVELOPMENT_AUDIT_KEY;
    case 'file': {
      try {
        return (await readFile(source.path, 'utf8')).trim();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      await mkdir(dirname(source.path), { recursive: true });
      const key = randomBytes(32).toString('hex');
      // 'wx': two first starts at once must not each write a different key.
      await writeFile(source.path, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        },
      );
      return (await readFile(source.path, 'utf8')).trim();
    }
  }
}
