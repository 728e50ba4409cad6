// PDF text extraction with pdfjs-dist. A PDF holds positioned runs of text, not lines; they are
// put back together as a plain-text extraction prints them: one line per baseline, a gap wide
// enough to be a column written as three or more spaces (what the table reader takes for a
// column break), and a form feed between pages.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { formatDanishNumber } from '../shared/danish-number.ts';
import { ExtractionError, type PdfTextExtractor } from './extract.ts';

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs whose baselines differ by less than this share of the text height sit on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this many characters separates columns. */
const COLUMN_GAP = 1.5;

function charWidth(run: Run): number {
  const length = run.text.length;
  return length > 0 && run.width > 0 ? run.width / length : run.height * 0.5;
}

function toRuns(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    const text = item as TextItem;
    if (typeof text.str !== 'string' || text.str === '') continue;
    const [, , , scaleY, x, y] = text.transform as number[];
    runs.push({
      text: text.str,
      x: x!,
      y: y!,
      width: text.width,
      height: Math.abs(text.height || scaleY!) || 1,
    });
  }
  return runs;
}

/** A figure of a table: a number (Danish format), a year, or a dash for an empty cell. */
const FIGURE = /^(?:[-−–]?[\d.,]*\d|[-−–])$/;

/**
 * pdfjs joins text that stands close into one run, so a table's header "2025 2026 2027" or a
 * row's "1.210 1.650" may arrive as one run with single spaces. A run of figures only is cut
 * back into one run per figure, placed by its share of the run's characters: exact for
 * figures of equal length in columns of equal width, which is what such tables have.
 */
function splitFigures(run: Run): Run[] {
  const tokens = [...run.text.matchAll(/\S+/g)];
  if (tokens.length < 2 || !tokens.every((token) => FIGURE.test(token[0]))) return [run];
  const unit = run.width / run.text.length;
  return tokens.map((token) => ({
    ...run,
    text: token[0],
    x: run.x + token.index * unit,
    width: token[0].length * unit,
  }));
}

/** Groups runs into lines, top of the page first, each line's runs left to right. */
function lines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const result: Run[][] = [];
  for (const run of sorted) {
    const line = result.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) < SAME_LINE * Math.max(first.height, 1)) {
      line.push(run);
    } else {
      result.push([run]);
    }
  }
  for (const line of result) line.sort((a, b) => a.x - b.x);
  return result;
}

/**
 * A line as text on a grid of the document's typical character width: a run after a column gap
 * starts at the column its position gives, so cells under one year line up across rows also in
 * a proportional font, where counting characters would not.
 */
function lineText(line: readonly Run[], area: TextArea): string {
  const column = (x: number) => Math.max(0, Math.round((x - area.left) / area.charWidth));
  // A cell after a gap ends at the column of its right edge: figures stand right-aligned under
  // their years, and so they stay aligned whatever the widths of their digits.
  const cellStart = (run: Run) => column(run.x + run.width) - run.text.length;
  let text = '';
  let previous: Run | null = null;
  // Runs of spaces are left out: pdfjs gives a gap as one space however wide it is, so the
  // gap is measured between the words around it instead.
  for (const run of line) {
    if (!previous) {
      text = ' '.repeat(column(run.x));
    } else {
      const spaces = (run.x - previous.x - previous.width) / charWidth(previous);
      const figures = FIGURE.test(previous.text) && FIGURE.test(run.text);
      if (spaces > COLUMN_GAP || (figures && spaces > 0.2)) {
        // Three spaces part cells of text; figures part at one, and more would push the next
        // figure out from under its year.
        text += ' '.repeat(Math.max(figures ? 1 : 3, cellStart(run) - text.length));
      } else if (spaces > 0.2 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trimEnd();
}

/** Where text stands on the pages of a document: left margin, top and bottom line. */
interface TextArea {
  left: number;
  /** One column of the text grid: the typical width of a character, or of a digit if less. */
  charWidth: number;
  top: number;
  bottom: number;
}

const words = (runs: readonly Run[]) => runs.filter((run) => run.text.trim() !== '');

function textArea(pages: readonly Run[][]): TextArea {
  const all = pages.flatMap(words);
  const quantile = (runs: readonly Run[], q: number) => {
    const widths = runs.map(charWidth).sort((a, b) => a - b);
    return widths[Math.floor(widths.length * q)] ?? Infinity;
  };
  // No wider than the narrowest figures (a minus and thousands dots are narrow), so that a
  // figure never takes more columns of text than of the page and those after it stay under
  // their years.
  const figures = all.flatMap(splitFigures).filter((run) => FIGURE.test(run.text));
  return {
    left: Math.min(...all.map((run) => run.x)),
    charWidth: Math.min(quantile(all, 0.5), quantile(figures, 0.1)),
    top: Math.max(...all.map((run) => run.y)),
    bottom: Math.min(...all.map((run) => run.y)),
  };
}

/** How many printed lines fit in a vertical distance. */
const linesIn = (distance: number, height: number) => Math.round(distance / (height * 1.15));

/** At most two empty lines: enough to end a paragraph. */
const empty = (count: number) => new Array<string>(Math.max(0, Math.min(count, 2))).fill('');

interface PageText {
  text: string;
  /** Printed lines left empty above the first line and below the last one. */
  above: number;
  below: number;
}

/**
 * Blank lines where the printed page has empty lines, so paragraphs and table blocks keep apart
 * as in the text extractions the importer was built on.
 */
function pageText(runs: Run[], area: TextArea): PageText {
  const out: string[] = [];
  let first: Run | null = null;
  let previous: Run | null = null;
  for (const line of lines(words(runs).flatMap(splitFigures))) {
    const head = line[0]!;
    if (previous) out.push(...empty(linesIn(previous.y - head.y, head.height) - 1));
    out.push(lineText(line, area));
    first ??= head;
    previous = head;
  }
  return {
    text: out.join('\n'),
    above: first ? linesIn(area.top - first.y, first.height) : 0,
    below: previous ? linesIn(previous.y - area.bottom, previous.height) : 0,
  };
}

/**
 * Pages joined by form feeds. Empty lines at the foot of one page and the head of the next end a
 * paragraph there, less the one line a word processor leaves empty to keep a paragraph's last
 * line off a page of its own.
 */
function joinPages(pages: readonly PageText[]): string {
  let text = pages[0]?.text ?? '';
  for (let i = 1; i < pages.length; i++) {
    const gap = pages[i - 1]!.below + pages[i]!.above - 1;
    text +=
      '\n\f' +
      empty(gap)
        .map(() => '\n')
        .join('') +
      pages[i]!.text;
  }
  return text;
}

export interface PdfLimits {
  /** More pages are refused before any is read. */
  maxPages: number;
}

/** The text of every page of a PDF, pages separated by form feeds. */
export async function extractPdfText(
  bytes: Uint8Array,
  { maxPages }: PdfLimits = { maxPages: Infinity },
): Promise<string> {
  let document;
  try {
    document = await getDocument({
      // pdfjs takes ownership of the buffer it is given.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const reason =
      (error as Error).name === 'PasswordException'
        ? 'PDF-filen er beskyttet med adgangskode'
        : 'filen er ikke en gyldig PDF, eller den er beskadiget';
    throw new ExtractionError(`PDF-filen kan ikke læses: ${reason}.`);
  }
  if (document.numPages > maxPages) {
    const pages = document.numPages;
    await document.destroy();
    throw new ExtractionError(
      `PDF-filen har ${formatDanishNumber(pages)} sider; der kan højst indlæses ` +
        `${formatDanishNumber(maxPages)} sider ad gangen. Del dokumentet op, og indlæs delene hver for sig.`,
      413,
    );
  }
  try {
    const pages: Run[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(toRuns((await page.getTextContent()).items));
      page.cleanup();
    }
    if (!pages.some((page) => words(page).length > 0)) return '';
    const area = textArea(pages);
    return joinPages(pages.map((page) => pageText(page, area)));
  } catch {
    throw new ExtractionError('PDF-filen kan ikke læses: en side er beskadiget.');
  } finally {
    await document.destroy();
  }
}

/** The extractor with no page limit, for callers that read a file of their own (the CLI). */
export const extractAllPdfText: PdfTextExtractor = (bytes) => extractPdfText(bytes);
