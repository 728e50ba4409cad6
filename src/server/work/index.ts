import { formatDanishNumber } from '../../shared/danish-number.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import { workerPool, type WorkerPool, type WorkOutcome } from './pool.ts';

// The worker pools of one app server, and what their refusals say to the user. Spreadsheets
// are small and many people may read one at a time; documents for import are large and only
// the secretariat imports them, so fewer run at once and each may take longer.

export interface WorkOptions {
  /** A PDF of more pages is refused (IMPORT_MAX_PAGES). */
  importMaxPages: number;
  /** Longest a worker may read one document or one step of an import (IMPORT_TIMEOUT_SECONDS). */
  importTimeoutMs: number;
}

export const DEFAULT_WORK: WorkOptions = { importMaxPages: 1000, importTimeoutMs: 30_000 };

export const SPREADSHEET_WORK = {
  kinds: ['tabel1-xlsx', 'realised-xlsx'],
  size: 2,
  queue: 4,
  timeoutMs: 10_000,
  resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
} as const;

export const DOCUMENT_WORK = {
  kinds: ['pdf-text', 'import-lines', 'import-prepare', 'import-read'],
  size: 2,
  queue: 4,
  resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
} as const;

export interface UploadWork extends WorkOptions {
  spreadsheets: WorkerPool;
  documents: WorkerPool;
  close(): Promise<void>;
}

export function uploadWork(options: WorkOptions = DEFAULT_WORK): UploadWork {
  const spreadsheets = workerPool(SPREADSHEET_WORK);
  const documents = workerPool({ ...DOCUMENT_WORK, timeoutMs: options.importTimeoutMs });
  return {
    ...options,
    spreadsheets,
    documents,
    async close() {
      await Promise.all([spreadsheets.close(), documents.close()]);
    },
  };
}

/** Seconds to wait before trying again when every worker is taken. */
const RETRY_AFTER_SECONDS = 5;

/** The value of a task, or what to answer instead; `what` names the file in Danish. */
export function outcomeOf<T>(outcome: WorkOutcome<T>, what: string): Result<T> {
  if (outcome.ok) return ok(outcome.value);
  return fail(problemOf(outcome, what));
}

function problemOf(outcome: Exclude<WorkOutcome<unknown>, { ok: true }>, what: string): Problem {
  switch (outcome.reason) {
    case 'refused':
      return outcome.status === 413
        ? { error: 'PayloadTooLarge', message: `file: ${outcome.message}` }
        : validationProblem([{ field: 'file', message: outcome.message }]);
    case 'busy':
      return {
        error: 'Unavailable',
        message: `Serveren læser allerede så mange filer, som den kan ad gangen; prøv igen om ${RETRY_AFTER_SECONDS} sekunder.`,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      };
    case 'time':
      return {
        error: 'PayloadTooLarge',
        message: `file: at læse ${what} tog mere end ${formatDanishNumber(outcome.limitMs / 1000)} sekunder og er afbrudt; filen er for stor eller for indviklet.`,
      };
    case 'memory':
      return {
        error: 'PayloadTooLarge',
        message: `file: at læse ${what} krævede mere end ${formatDanishNumber(outcome.limitMb)} MB hukommelse og er afbrudt; filen er for stor eller for indviklet.`,
      };
  }
}
