import type { RealisedReading } from '../../documents/realised-read.ts';
import type { Tabel1Reading } from '../../documents/tabel1-read-xlsx.ts';
import type { ImportOptions } from '../../import/import-document.ts';
import type { RoundOverview } from '../../import/overview.ts';
import type { ImportedProposal } from '../../import/types.ts';

// What the main thread asks of a worker (worker.ts) and what it answers.

export type Task =
  | { kind: 'tabel1-xlsx'; bytes: Uint8Array }
  /** Realised figures from an accounting system's export. */
  | { kind: 'realised-xlsx'; bytes: Uint8Array }
  | { kind: 'pdf-text'; bytes: Uint8Array; maxPages: number }
  /** Lines `from` to `to` (1-based, inclusive) of a document, as the importer numbers them. */
  | { kind: 'import-lines'; text: string; from: number; to: number }
  /** Cuts a document into proposals; answers how many there are, and the round's overview. */
  | { kind: 'import-prepare'; text: string }
  /**
   * Reads proposals from `from` on for about `budgetMs` (at least one). `key` names the
   * document, so a worker that has cut it already does not cut it again.
   */
  | {
      kind: 'import-read';
      key: string;
      text: string;
      from: number;
      budgetMs: number;
      options: ImportOptions;
    };

export type TaskKind = Task['kind'];

interface Results {
  'tabel1-xlsx': Tabel1Reading;
  'realised-xlsx': RealisedReading;
  'pdf-text': string;
  'import-lines': { no: number; text: string }[];
  'import-prepare': { total: number; overview: RoundOverview | null };
  'import-read': ImportedProposal[];
}

export type TaskResult<K extends TaskKind> = Results[K];

export type TaskReply = { id: number } &
  /** The worker has taken the task up: its time starts. */
  (
    | { started: true }
    | { ok: true; value: unknown }
    /** The input was refused, with a message in Danish for the user. */
    | { ok: false; refused: string; status: 400 | 413 }
    | { ok: false; error: string }
  );
