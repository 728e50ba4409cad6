// npm run audit -- checkpoint --out FILE
// npm run audit -- verify [--checkpoint FILE ...]
// Signs the audit log's head and writes the checkpoint to a file to keep outside the database
// (with the auditor, in an e-mail); verifies the log against such files. The database and the
// key are the ones the app is configured with (DATA_DIR or DATABASE_URL, AUDIT_HMAC_KEY).
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { auditCheckpoint } from '../../shared/audit-schema.ts';
import type { DataAccess } from '../data-access.ts';
import { auditService } from './service.ts';

interface Io {
  out(line: string): void;
}

const USAGE = 'brug: audit checkpoint --out FIL | verify [--checkpoint FIL ...]';

export async function runAuditCli(args: string[], access: DataAccess, io: Io): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, checkpoint: { type: 'string', multiple: true } },
  });
  const audit = auditService(access);
  switch (positionals[0]) {
    case 'checkpoint': {
      if (!values.out) {
        io.out(USAGE);
        return 2;
      }
      const checkpoint = await audit.checkpointAudit();
      await writeFile(values.out, `${JSON.stringify(checkpoint, null, 2)}\n`);
      io.out(`kontrolpunkt for post nr. ${checkpoint.seq} skrevet til ${values.out}`);
      return 0;
    }
    case 'verify': {
      const checkpoints = [];
      for (const path of values.checkpoint ?? []) {
        const parsed = auditCheckpoint.safeParse(JSON.parse(await readFile(path, 'utf8')));
        if (!parsed.success) {
          io.out(`${path}: ikke et kontrolpunkt`);
          return 2;
        }
        checkpoints.push(parsed.data);
      }
      const verdict = await audit.verifyAudit({ checkpoints });
      if (verdict.intact) {
        io.out(`sporet er intakt: ${verdict.entries} poster`);
        return 0;
      }
      io.out(`sporet er brudt ved post nr. ${verdict.brokenAt}: ${verdict.reason}`);
      return 1;
    }
    default:
      io.out(USAGE);
      return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { runWithAccess } = await import('../open-access.ts');
  await runWithAccess((access) =>
    runAuditCli(process.argv.slice(2), access, { out: (line) => console.log(line) }),
  );
}
