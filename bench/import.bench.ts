// Import throughput in pages of text per second, against plain text extraction alone (decode
// the bytes and split the lines, what any importer must do) on the same generated document, and
// the time to import a 50-page document against its target of one second.
import { COPENHAGEN_ADMINISTRATIONS } from '../src/import/copenhagen.ts';
import { importDocument } from '../src/import/import-document.ts';
import { seededRandom, syntheticDocument } from '../src/import/synthetic-document.ts';
import { medianMilliseconds, type BenchModule } from './lib.ts';

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
    return [
      {
        metric: `import, ${pages.toFixed(0)} pages (${proposals.length} proposals, ${lines} lines) vs decode + split lines`,
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
  },
};
