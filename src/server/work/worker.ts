import { parentPort } from 'node:worker_threads';
import type { PreparedDocument } from '../../import/import-document.ts';
import type { ImportedProposal } from '../../import/types.ts';
import type { Task, TaskReply } from './tasks.ts';

// The work of pool.ts, in a worker thread. Each kind loads its libraries when first asked, so a
// worker that reads spreadsheets never loads pdfjs, and the main thread loads neither (pdfjs's
// legacy build replaces the global JSON functions with slower ones of its own).

class Refused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413,
  ) {
    super(message);
  }
}

/** The document this worker cut last, kept for the next step of the same import. */
let prepared: { key: string; document: PreparedDocument } | null = null;

async function prepare(text: string): Promise<PreparedDocument> {
  const { prepareDocument } = await import('../../import/import-document.ts');
  const result = prepareDocument(text);
  if (!result.ok) throw new Refused(result.error.message, 400);
  return result.document;
}

async function perform(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'tabel1-xlsx': {
      const { readTabel1Xlsx } = await import('../../documents/tabel1-read-xlsx.ts');
      const { XlsxLimitError } = await import('../../documents/xlsx-limits.ts');
      try {
        return await readTabel1Xlsx(task.bytes);
      } catch (error) {
        if (error instanceof XlsxLimitError) throw new Refused(error.message, error.status);
        throw error;
      }
    }
    case 'pdf-text': {
      const { extractPdfText } = await import('../../import/pdf.ts');
      const { ExtractionError } = await import('../../import/extract.ts');
      try {
        return await extractPdfText(task.bytes, { maxPages: task.maxPages });
      } catch (error) {
        if (error instanceof ExtractionError) throw new Refused(error.message, error.status);
        throw error;
      }
    }
    case 'import-prepare':
      return { total: (await prepare(task.text)).split.segments.length };
    case 'import-read': {
      const { importSegment } = await import('../../import/import-document.ts');
      if (prepared?.key !== task.key) {
        prepared = { key: task.key, document: await prepare(task.text) };
      }
      const { document } = prepared;
      const read: ImportedProposal[] = [];
      const started = Date.now();
      for (let i = task.from; i < document.split.segments.length; i++) {
        read.push(importSegment(document, i, task.options));
        if (Date.now() - started > task.budgetMs) break;
      }
      return read;
    }
  }
}

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  perform(task).then(
    (value) => parentPort!.postMessage({ id, ok: true, value } satisfies TaskReply),
    (error: unknown) =>
      parentPort!.postMessage(
        (error instanceof Refused
          ? { id, ok: false, refused: error.message, status: error.status }
          : { id, ok: false, error: String((error as Error)?.stack ?? error) }) satisfies TaskReply,
      ),
  );
});
