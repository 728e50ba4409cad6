// Import throughput in pages of text per second, against plain text extraction alone (decode
// the bytes and split the lines, what any importer must do) on the same generated document, and
// the time to import a 50-page document against its target of one second. When LibreOffice is
// installed, the same document printed to PDF too: extraction and import against extraction.
import { COPENHAGEN_ADMINISTRATIONS } from '../src/import/copenhagen.ts';
import { importDocument } from '../src/import/import-document.ts';
import { seededRandom, syntheticDocument } from '../src/import/synthetic-document.ts';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printToPdf } from '../src/import/test-pdf.ts';
import { DOCUMENT_WORK } from '../src/server/work/index.ts';
import { workerPool } from '../src/server/work/pool.ts';
import { readFixture } from '../src/import/test-generations.ts';
import {
  medianMilliseconds,
  medianMillisecondsAsync,
  type BenchModule,
  type BenchRow,
} from './lib.ts';

/** A printed page of running text holds about this many characters. */
const PAGE_CHARS = 3000;
const PAGES = 50;
const REPEATS = 9;
const TARGET_MS = 1000;

/** Form feeds where the extraction kept page breaks, else characters by the page. */
function pagesOf(text: string): number {
  const feeds = text.split('\f').length - 1;
  return feeds > 0 ? feeds + 1 : text.length / PAGE_CHARS;
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

export const importing: BenchModule = {
  name: 'import',
  async run() {
    const { text, proposals } = syntheticDocument(seededRandom(50), PAGES * PAGE_CHARS);
    const bytes = new TextEncoder().encode(text);
    const pages = pagesOf(text);

    let lines = 0;
    const extractMs = medianMilliseconds(REPEATS, () => {
      lines = decode(bytes).split('\n').length;
    });
    let read = 0;
    const importMs = medianMilliseconds(REPEATS, () => {
      const result = importDocument(decode(bytes), { administrations: COPENHAGEN_ADMINISTRATIONS });
      read = result.ok ? result.proposals.length : 0;
    });
    if (read !== proposals.length) {
      throw new Error(`imported ${read} of ${proposals.length} proposals`);
    }

    const perSecond = (ms: number) => (pages / ms) * 1000;
    const rows: BenchRow[] = [
      {
        metric: `import, 2022-2026 template (generated), ${pages.toFixed(0)} pages (${proposals.length} proposals, ${lines} lines) vs decode + split lines`,
        value: perSecond(importMs),
        unit: 'pages/s',
        baseline: perSecond(extractMs),
        ratio: perSecond(importMs) / perSecond(extractMs),
      },
      {
        metric: `import of a ${PAGES}-page document vs target of 1 s`,
        value: importMs,
        unit: 'ms',
        baseline: TARGET_MS,
        ratio: importMs / TARGET_MS,
      },
    ];
    rows.push(...FIXTURES.map(generationRow));
    if (existsSync(process.env.LIBREOFFICE_PATH ?? '/usr/bin/libreoffice')) {
      rows.push(await pdfRow(text, proposals.length));
    }
    return rows;
  },
};

/** Our test documents of the older generations and round overviews (src/import/fixtures). */
const FIXTURES = readdirSync(fileURLToPath(new URL('../src/import/fixtures/', import.meta.url)))
  .filter((file) => file.endsWith('.txt'))
  .sort();

const importOne = (text: string) =>
  importDocument(text, { administrations: COPENHAGEN_ADMINISTRATIONS });

/**
 * One test document, repeated to the bench's size, imported against decoding it; named by the
 * generation the reader recognised in it (and its round overview, when it has one), so the table
 * says per generation what importing costs beyond extraction.
 */
function generationRow(file: string): BenchRow {
  const one = readFixture(file);
  const once = importOne(one);
  if (!once.ok) throw new Error(`${file}: ${once.error.message}`);
  const generations = [...new Set(once.proposals.map((p) => p.generation))].join(' + ');
  const name = `${generations} template${once.overview ? ' with round overview' : ''} (${file})`;
  const copies = Math.ceil((PAGES * PAGE_CHARS) / one.length);
  const bytes = new TextEncoder().encode(Array.from({ length: copies }, () => one).join('\n\n'));
  const expected = copies * once.proposals.length;
  const extractMs = medianMilliseconds(REPEATS, () => decode(bytes).split('\n'));
  let read = 0;
  const importMs = medianMilliseconds(REPEATS, () => {
    const result = importOne(decode(bytes));
    read = result.ok ? result.proposals.length : 0;
  });
  if (read !== expected) throw new Error(`${name}: imported ${read} of ${expected} proposals`);
  const pages = bytes.length / PAGE_CHARS;
  return {
    metric: `import, ${name}, ${pages.toFixed(0)} pages (${read} proposals) vs decode + split lines`,
    value: (pages / importMs) * 1000,
    unit: 'pages/s',
    baseline: (pages / extractMs) * 1000,
    ratio: extractMs / importMs,
  };
}

/**
 * The document printed at 10 pt (long lines wrap), read back with pdfjs and imported. pdfjs reads
 * in a worker, as in the server: loaded here it would swap this process's JSON functions for
 * slower ones and skew the benchmarks that run after this one.
 */
async function pdfRow(text: string, expected: number): Promise<BenchRow> {
  const pdf = await printToPdf(text, 10);
  const pool = workerPool({ ...DOCUMENT_WORK, size: 1, timeoutMs: 60_000 });
  const extract = async () => {
    const outcome = await pool.run({ kind: 'pdf-text', bytes: pdf, maxPages: 1000 });
    if (!outcome.ok)
      throw new Error(`pdfjs could not read the printed document: ${outcome.reason}`);
    return outcome.value;
  };
  let pages = 0;
  let read = 0;
  try {
    await extract();
    const extractMs = await medianMillisecondsAsync(REPEATS, async () => {
      pages = pagesOf(await extract());
    });
    const importMs = await medianMillisecondsAsync(REPEATS, async () => {
      const result = importDocument(await extract(), {
        administrations: COPENHAGEN_ADMINISTRATIONS,
        positioned: true,
      });
      read = result.ok ? result.proposals.length : 0;
    });
    if (read !== expected) throw new Error(`imported ${read} of ${expected} proposals from PDF`);
    return {
      metric: `PDF of ${pages} pages: extraction + import vs pdfjs extraction alone (in a worker)`,
      value: (pages / importMs) * 1000,
      unit: 'pages/s',
      baseline: (pages / extractMs) * 1000,
      ratio: extractMs / importMs,
    };
  } finally {
    await pool.close();
  }
}
