import { parentPort, workerData } from 'node:worker_threads';
import type { PreparedDocument } from '../../import/import-document.ts';
import type { ImportedProposal } from '../../import/types.ts';
import type { Task, TaskKind, TaskReply } from './tasks.ts';

// The work of pool.ts, in a worker thread. A worker loads the libraries of its pool's kinds of
// task as it starts, before its first task's time runs: a worker that reads spreadsheets never
// loads pdfjs, and the main thread loads neither (pdfjs's legacy build replaces the global JSON
// functions with slower ones of its own).

class Refused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413,
  ) {
    super(message);
  }
}

const libraries = {
  spreadsheet: async () => ({
    ...(await import('../../documents/tabel1-read-xlsx.ts')),
    ...(await import('../../documents/xlsx-limits.ts')),
    ...(await import('../../documents/realised-read.ts')),
  }),
  pdf: async () => ({
    ...(await import('../../import/pdf.ts')),
    ...(await import('../../import/extract.ts')),
  }),
  importer: async () => ({
    ...(await import('../../import/import-document.ts')),
    ...(await import('../../import/lines.ts')),
  }),
};
const LIBRARY_OF: Record<TaskKind, keyof typeof libraries> = {
  'tabel1-xlsx': 'spreadsheet',
  'realised-xlsx': 'spreadsheet',
  'pdf-text': 'pdf',
  'import-lines': 'importer',
  'import-prepare': 'importer',
  'import-read': 'importer',
};
const loaded = new Map<keyof typeof libraries, Promise<unknown>>();
function library<K extends keyof typeof libraries>(name: K): ReturnType<(typeof libraries)[K]> {
  if (!loaded.has(name)) loaded.set(name, libraries[name]());
  return loaded.get(name) as ReturnType<(typeof libraries)[K]>;
}

await Promise.all((workerData.kinds as TaskKind[]).map((kind) => library(LIBRARY_OF[kind])));

/** The document this worker cut last, kept for the next step of the same import. */
let prepared: { key: string; document: PreparedDocument } | null = null;

async function prepare(text: string): Promise<PreparedDocument> {
  const { prepareDocument } = await library('importer');
  const result = prepareDocument(text);
  if (!result.ok) throw new Refused(result.error.message, 400);
  return result.document;
}

async function perform(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'tabel1-xlsx': {
      const { readTabel1Xlsx, XlsxLimitError } = await library('spreadsheet');
      try {
        return await readTabel1Xlsx(task.bytes);
      } catch (error) {
        if (error instanceof XlsxLimitError) throw new Refused(error.message, error.status);
        throw error;
      }
    }
    case 'realised-xlsx': {
      const { readRealisedXlsx, XlsxLimitError } = await library('spreadsheet');
      try {
        return await readRealisedXlsx(task.bytes);
      } catch (error) {
        if (error instanceof XlsxLimitError) throw new Refused(error.message, error.status);
        throw error;
      }
    }
    case 'pdf-text': {
      const { extractPdfText, ExtractionError } = await library('pdf');
      try {
        return await extractPdfText(task.bytes, { maxPages: task.maxPages });
      } catch (error) {
        if (error instanceof ExtractionError) throw new Refused(error.message, error.status);
        throw error;
      }
    }
    case 'import-lines': {
      const { normaliseDocument, toLines } = await library('importer');
      return toLines(normaliseDocument(task.text))
        .slice(task.from - 1, task.to)
        .map((line) => ({ no: line.no, text: line.raw }));
    }
    case 'import-prepare': {
      const { split } = await prepare(task.text);
      return { total: split.segments.length, overview: split.overview };
    }
    case 'import-read': {
      const { importSegment } = await library('importer');
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

const reply = (message: TaskReply) => parentPort!.postMessage(message);

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  reply({ id, started: true });
  perform(task).then(
    (value) => reply({ id, ok: true, value }),
    (error: unknown) =>
      reply(
        error instanceof Refused
          ? { id, ok: false, refused: error.message, status: error.status }
          : { id, ok: false, error: String((error as Error)?.stack ?? error) },
      ),
  );
});
