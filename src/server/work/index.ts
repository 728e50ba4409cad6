import { formatDanishNumber } from '../../shared/danish-number.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import { workerPool, type WorkerPool, type WorkOutcome } from './pool.ts';
import { say, type Words } from '../words.ts';

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

/** The value of a task, or what to answer instead; `what` names the file. */
export function outcomeOf<T>(outcome: WorkOutcome<T>, what: Words): Result<T> {
  if (outcome.ok) return ok(outcome.value);
  return fail(problemOf(outcome, what));
}

function problemOf(outcome: Exclude<WorkOutcome<unknown>, { ok: true }>, what: Words): Problem {
  switch (outcome.reason) {
    case 'refused':
      return outcome.status === 413
        ? {
            error: 'PayloadTooLarge',
            message: say('problem.work.refused', { reason: outcome.message }),
          }
        : validationProblem([{ field: 'file', message: outcome.message }]);
    case 'busy':
      return {
        error: 'Unavailable',
        message: say('problem.work.busy', { seconds: RETRY_AFTER_SECONDS }),
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      };
    case 'time':
      return {
        error: 'PayloadTooLarge',
        message: say('problem.work.time', {
          what,
          seconds: formatDanishNumber(outcome.limitMs / 1000),
        }),
      };
    case 'memory':
      return {
        error: 'PayloadTooLarge',
        message: say('problem.work.memory', { what, mb: formatDanishNumber(outcome.limitMb) }),
      };
  }
}
