import { thousandsToKroner, type Kroner } from '../domain/money.ts';
import type { Area, RowSection, TotalScope } from '../domain/proposal.ts';
import { formatDanishNumber, parseDanishNumber } from '../shared/danish-number.ts';
import {
  PLACEHOLDER,
  splitTail,
  type AlternativeReason,
  type Tail,
  type TailCell,
  type Token,
} from './cells.ts';
import { collapse, excerpt, isBlank, joinLines, type SourceLine } from './lines.ts';
import { groupHeading, PAYBACK_WORDS, sectionByMeaning } from './generations.ts';
import { anyTableTitle, numberedHeading, sectionHeading, tableTitle } from './template.ts';
import type { Unread } from './types.ts';

// Reads Tabel 1 as the extraction leaves it: a row's label may run over several lines, its
// styringsområde may be broken mid-word ("Efterspørgselsstyred" / "e overførsler"), a number
// may be split ("1.40" / "0"), and a row prints only its non-empty cells, so which year a value
// belongs to is not known here: placement.ts decides that. This file only collects the cells
// with the whitespace around them, which placement uses as a hint, and, for a PDF of a real
// table whose figures stand right-aligned under their years, where each figure ends.

export interface Cell {
  value: Kroner | null;
  /** Spaces between this cell and what stands before it on its line; null at line start. */
  gapBefore: number | null;
  /** The column where the cell's text ends on its line; null for a number cut over two. */
  end: number | null;
  /** Other readings of this cell and the next `span - 1` (cells.ts); the cell is the likeliest. */
  alternatives?: { span: number; cells: Cell[]; reason: AlternativeReason }[];
}

export interface TableItem {
  type: 'row' | 'total';
  label: string;
  /** For rows; totals say what they sum in `scope`. */
  section: RowSection | null;
  area: Area | null;
  /** For totals: null when the subtotal is informative only ("heraf ..."). */
  scope: TotalScope | null;
  cells: Cell[];
  /** Whether the styringsområde is written on the line where the first value stands. */
  areaBeforeFirstValue: boolean;
  /** Spaces after the last value on its line. */
  trail: number | null;
  lines: SourceLine[];
}

export interface TableRead {
  priceLevelYear: number | null;
  priceLevelFromNote: boolean;
  years: number[];
  /** Typical gap between year columns in the header: the width of one column separator. */
  separator: number;
  /**
   * Where each year of the header ends, when the table's figures stand right-aligned under
   * their years (a PDF of a table keeps the columns' positions); null otherwise.
   */
  yearEnds: number[] | null;
  items: TableItem[];
  payback: { service: number | null; total: number | null };
  /** Index (into the lines given) of the last line that belongs to the table. */
  lastLine: number;
  firstLine: number;
  unread: Unread[];
}

const AREA_TAIL =
  /(?:^|(?<![,])\s)(Service|Anlæg|Efterspørgselsstyred\s?e\s+overførsler|Efterspørgselsstyrede\s+overførsler|Overførsler|Overførsl\.\s?er(?:\s*\(eo\))?|Finansposter|Finans)\s*\*?$/u;
// "Overførsl." / "er (eo)": an older template's abbreviation, broken in its narrow column.
const AREA_START = /^(Service|Anlæg|Efterspørgsels|Overførsl|Finans|er\s*\(eo\))/u;

export function areaOf(word: string): Area | null {
  const w = word.toLowerCase();
  if (w.startsWith('service')) return 'service';
  if (w.startsWith('anlæg')) return 'anlaeg';
  if (w.includes('overførsl') || w.startsWith('efterspørgsels')) return 'overfoersler';
  if (w.startsWith('finans')) return 'finans';
  return null;
}

// Template words that narrow table cells break without a hyphen ("implementeringsomkostning" /
// "er"); joined back when the pieces spell one of them.
const TEMPLATE_WORDS = [
  'implementeringsomkostninger',
  'efterspørgselsstyrede',
  'efterspørgselsstyret',
  'effektiviseringer',
  'nettoeffektivisering',
  'serviceeffektivisering',
  'styringsområde',
];
const BROKEN_WORDS = TEMPLATE_WORDS.map((word) => {
  const splits: string[] = [];
  for (let k = 3; k < word.length; k++) splits.push(`${word.slice(0, k)}\\s+${word.slice(k)}`);
  return { word, pattern: new RegExp(`(?<!\\p{L})(?:${splits.join('|')})(?!\\p{L})`, 'giu') };
});

export function cleanLabel(text: string): string {
  let label = collapse(text);
  for (const { word, pattern } of BROKEN_WORDS) {
    label = label.replace(pattern, (found) =>
      /^\p{Lu}/u.test(found) ? word[0]!.toUpperCase() + word.slice(1) : word,
    );
  }
  return label
    .replace(/\s*\*+(?=[,\s]|$)/g, '')
    .replace(/\s+,/g, ',')
    .replace(/[,\s]+$/, '')
    .trim();
}

const TOTAL_LABEL = /^(samlet|samlede|i alt|total|heraf|netto\p{L}*)(?![\p{L}])/iu;
const LOAN_LABEL = /tilbagebetalingsplan|internt\s+lån|afdrag/i;

function areaFromSuffix(label: string): { area: Area | null; other: boolean } {
  const comma = label.lastIndexOf(',');
  if (comma < 0) return { area: null, other: false };
  const suffix = label.slice(comma + 1).trim();
  if (suffix === '') return { area: null, other: false };
  if (
    /^(service|anlæg|efterspørgselsstyrede\s+overførsler|overførsler|finansposter)$/i.test(suffix)
  )
    return { area: areaOf(suffix), other: false };
  return { area: null, other: true };
}

/** What a stated subtotal sums, from its label; null when it is informative only. */
export function totalScope(label: string, areaColumn: Area | null): TotalScope | null {
  if (/^heraf/i.test(label)) return null;
  if (/påvirkning|^i alt|^total|^netto/i.test(label)) return { section: 'all', area: null };
  const section: RowSection | null = /varig/i.test(label)
    ? 'lasting'
    : /implementeringsomkostning/i.test(label)
      ? 'implementation'
      : null;
  if (!section) return null;
  const suffix = areaFromSuffix(label);
  if (suffix.other) return null;
  return { section, area: suffix.area ?? areaColumn };
}

const STOP = /^(noter?\b|alle effektiviseringer|\*|kilde\s*:)/i;
const PAYBACK = /tilbagebetalingstid/i;
const YEAR = /\b(19\d{2}|20\d{2})\b/g;

function yearsOf(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/**
 * The line without the table's unit and price level, which a table printed as a table (a PDF
 * of a Word document) puts in the corner cell of the year header: "1.000 kr. 2026 p/l".
 */
function withoutUnit(text: string): string {
  return text
    .replace(new RegExp(PRICE_LEVEL.source, 'gi'), ' ')
    .replace(/\(?\b(?:1\.000|1000|t\.|mio\.?)\s*kr\.?\)?/gi, ' ')
    .replace(/\bp\s*\/\s*l\b/gi, ' ');
}

// A column after the years that sums each row ("2021 ... 2026 I alt").
const TOTAL_COLUMN = /\s(i\s*alt|total|sum)\s*$/i;

function isYearHeader(line: SourceLine): boolean {
  const text = withoutUnit(line.text);
  const years = yearsOf(text);
  if (years.length < 2) return false;
  const rest = text
    .replace(TOTAL_COLUMN, '')
    .replace(YEAR, '')
    .replace(/styrings-?\s*område|område/gi, '')
    .replace(/[()]/g, '');
  return rest.trim() === '' && years.every((year, i) => i === 0 || year > years[i - 1]!);
}

// "p/l 2017", but not "1000 kr p/l   2017   2018": a unit followed by the years.
const PRICE_LEVEL = /\b(\d{4})\s*p\s*\/\s*l\b|\bp\s*\/\s*l\s*(\d{4})\b(?!\s+\d{4})/i;
const NOTE_PRICE_LEVEL = /(?:udarbejdes|angivet|opgjort)\s+i\s+(\d{4})\s*p\s*\/\s*l/i;

function paybackKind(text: string): 'service' | 'total' | null {
  return PAYBACK_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

interface PaybackLine {
  kind: 'service' | 'total' | null;
  value: number | null;
  read: boolean;
  last: number;
}

// The stated figure: whole or decimal years ("4", "3,5 år", "år 3"), a year of the table
// ("2024"), or words that say there is none.
const PAYBACK_YEARS = /(?<![\d.,])(\d{1,2})(?:,(\d+))?\.?(?:\s*år)?(?![\d.,])/;
const PAYBACK_CALENDAR_YEAR = /(?<![\d.,])((?:19|20)\d{2})(?![\d.,])/;
const PAYBACK_NONE = /\b(ikke|n\/a|intet|ingen)\b|(^|\s)[-–](\s|$)/i;
// The rest of a label broken over lines: no figures, and a word in lower case or the end of a
// parenthesis ("serviceeffektivisering", "på totaløkonomi", "Even)").
const LABEL_REST = /^(?=\D*$)(\p{Ll}|[^\s]*\))/u;

/**
 * A payback line of Tabel 1. The label may break over lines, with the figure on the first line
 * or the last ("Tilbagebetalingstid i år baseret på   4" / "serviceeffektivisering"): the words
 * around the figure say which payback it is.
 */
function readPayback(
  lines: readonly SourceLine[],
  from: number,
  years: readonly number[],
): PaybackLine {
  let label = '';
  let last = from;
  let value: { years: number | null } | null = null;
  let count = 0;
  for (let i = from; i < lines.length && count < 5; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const text = line.text;
    if (i > from && (PAYBACK.test(text) || STOP.test(text) || anyTableTitle(text))) break;
    if (value) {
      if (!LABEL_REST.test(text) && paybackKind(text) === null) break;
      label += ' ' + text;
      last = i;
      count++;
      continue;
    }
    const after = text.replace(/.*tilbagebetalingstid/is, '');
    const calendar = PAYBACK_CALENDAR_YEAR.exec(after);
    const number = PAYBACK_YEARS.exec(after);
    const found = calendar ?? number;
    label += ' ' + (found ? text.replace(found[0], ' ') : text);
    last = i;
    count++;
    if (calendar && years.includes(Number(calendar[1]))) {
      value = { years: years.indexOf(Number(calendar[1])) + 1 };
    } else if (number) {
      const exact = Number(number[1]) + (number[2] ? Number(`0.${number[2]}`) : 0);
      value = { years: Math.ceil(exact) };
    } else if (PAYBACK_NONE.test(after)) {
      value = { years: null };
    }
  }
  return { kind: paybackKind(label), value: value?.years ?? null, read: value !== null, last };
}

/**
 * The stated paybacks from their lines. A table with a single payback line that does not say
 * what it is based on states the payback of the whole economy.
 */
function readPaybacks(
  found: readonly (PaybackLine & { first: number })[],
  lines: readonly SourceLine[],
  payback: TableRead['payback'],
  unread: Unread[],
): void {
  for (const line of found) {
    const lone = found.length === 1 && line.kind === null && line.read;
    const kind = line.kind ?? (lone ? 'total' : null);
    if (kind && line.read) {
      payback[kind] = line.value;
      if (lone) {
        unread.push({
          field: 'stated.payback.total',
          reason:
            'Tilbagebetalingstiden siger ikke, om den er baseret på serviceeffektivisering eller totaløkonomi; læst som totaløkonomi',
          excerpt: excerpt(lines.slice(line.first, line.last + 1)),
        });
      }
    } else {
      unread.push({
        field: kind ? `stated.payback.${kind}` : 'stated.payback',
        reason: 'Tilbagebetalingstiden kunne ikke læses',
        excerpt: excerpt(lines.slice(line.first, line.last + 1)),
      });
    }
  }
}

function findTableStart(lines: readonly SourceLine[]): number {
  const titled = lines.findIndex((line) => tableTitle(line.text) === 'economy');
  if (titled >= 0) return titled;
  return lines.findIndex(isYearHeader);
}

/**
 * Reads Tabel 1 from the lines of the economy section (or the whole proposal). Returns null
 * when there is no table to read; the caller reports that.
 */
export function readEconomicTable(
  lines: readonly SourceLine[],
  { positioned = false }: { positioned?: boolean } = {},
): TableRead | null {
  const start = findTableStart(lines);
  if (start < 0) return null;
  const unread: Unread[] = [];
  let headerAt = -1;
  for (let i = start; i < Math.min(lines.length, start + 25); i++) {
    if (isYearHeader(lines[i]!)) {
      headerAt = i;
      break;
    }
  }
  let priceLevelYear: number | null = null;
  const headEnd = headerAt >= 0 ? headerAt : Math.min(lines.length - 1, start + 6);
  for (let i = start; i <= headEnd; i++) {
    const match = PRICE_LEVEL.exec(lines[i]!.text);
    if (match) {
      priceLevelYear = Number(match[1] ?? match[2]);
      break;
    }
  }
  if (headerAt < 0) {
    unread.push({
      field: 'economy.years',
      reason: 'Tabel 1 har ingen læsbar årsrække',
      excerpt: excerpt(lines.slice(start, start + 8)),
    });
    return {
      priceLevelYear,
      priceLevelFromNote: false,
      years: [],
      separator: 3,
      yearEnds: null,
      items: [],
      payback: { service: null, total: null },
      firstLine: start,
      lastLine: start,
      unread,
    };
  }

  // Figures in mio. kr. (an older business case) are a thousand times Tabel 1's usual unit.
  const head = lines.slice(start, headerAt + 1).map((line) => line.text);
  const scale = head.some((text) => /\bmio\.?\s*kr/i.test(text)) ? 1000 : 1;
  const totalColumn = TOTAL_COLUMN.test(lines[headerAt]!.text);
  const kroner = (text: string, item: TableItem) => toKroner(text, item, unread, scale);
  let years = yearsOf(withoutUnit(lines[headerAt]!.text));
  let bodyStart = headerAt + 1;
  // A year header broken over lines continues on the next one.
  for (let i = headerAt + 1; i < Math.min(lines.length, headerAt + 4); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const more = isYearHeader(line) || /^\d{4}$/.test(line.text) ? yearsOf(line.text) : [];
    if (more.length === 0 || more[0]! <= years[years.length - 1]!) break;
    years = [...years, ...more];
    bodyStart = i + 1;
  }
  const headerGaps = [...lines[headerAt]!.raw.matchAll(/\d{4}(\s+)(?=\d{4})/g)].map(
    (m) => m[1]!.length,
  );
  // The typical gap, not the smallest: a PDF of a table sets some years closer than others.
  const sortedGaps = [...headerGaps].sort((a, b) => a - b);
  const typicalGap = sortedGaps[Math.floor(sortedGaps.length / 2)] ?? 3;
  const separator = Math.max(1, Math.min(typicalGap, 3));

  const items: TableItem[] = [];
  const payback: TableRead['payback'] = { service: null, total: null };
  const paybackLines: (PaybackLine & { first: number })[] = [];
  let section: RowSection | null = null;
  let pending: SourceLine[] = [];
  let pendingTexts: string[] = [];
  let lastLine = bodyStart - 1;

  const pendingLabel = () => joinLines(pendingTexts);
  const pendingComplete = () => {
    const label = pendingLabel();
    return TOTAL_LABEL.test(label) || AREA_TAIL.test(label);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const text = pendingLabel();
    const areaMatch = AREA_TAIL.exec(text);
    const label = cleanLabel(areaMatch ? text.slice(0, areaMatch.index) : text);
    const area = areaMatch ? areaOf(areaMatch[1]!) : null;
    if (TOTAL_LABEL.test(label) || areaMatch) {
      items.push(makeItem(label, area, section, false, pending));
    } else {
      unread.push({
        field: 'economy.rows',
        reason: 'Tekst i Tabel 1 uden tal eller styringsområde',
        excerpt: excerpt(pending),
      });
    }
    pending = [];
    pendingTexts = [];
  };

  // The first digits of a number cut at the end of a line, until its next line is read.
  const cut = new Map<TableItem, string>();
  const settleCut = () => {
    for (const [item, text] of cut) {
      item.cells[item.cells.length - 1]!.value = kroner(text, item);
    }
    cut.clear();
  };
  const append = (
    item: TableItem,
    cells: readonly TailCell[],
    tail: Tail,
    textEnd: number | null,
  ) => {
    const gapAfter = (token: Token, previous: Token | undefined) =>
      previous ? token.start - previous.end : textEnd === null ? null : token.start - textEnd;
    cells.forEach((cell, c) => {
      const gapBefore = gapAfter(cell, cells[c - 1]);
      const isCut = tail.cut && c === cells.length - 1;
      const alternatives = isCut
        ? []
        : (cell.alternatives ?? []).map(({ span, cells: tokens, reason }) => ({
            span,
            reason,
            cells: tokens.map((token, t) => ({
              value: kroner(token.text, item),
              gapBefore: t === 0 ? gapBefore : gapAfter(token, tokens[t - 1]),
              end: token.end,
            })),
          }));
      item.cells.push({
        value: isCut ? null : kroner(cell.text, item),
        gapBefore,
        end: isCut ? null : cell.end,
        ...(alternatives.length > 0 ? { alternatives } : {}),
      });
      if (isCut) cut.set(item, cell.text);
    });
    item.trail = tail.trail;
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const text = line.text;
    if (STOP.test(text) || sectionHeading(text) || anyTableTitle(text) || numberedHeading(text))
      break;
    if (PAYBACK.test(text)) {
      settleCut();
      flush();
      const read = readPayback(lines, i, years);
      paybackLines.push({ ...read, first: i });
      i = read.last;
      lastLine = i;
      continue;
    }
    const tail = splitTail(line.raw);
    let lineText = collapse(tail.text);
    let cells = tail.cells;

    const [cutItem, cutStart] = [...cut][0] ?? [];
    if (cutItem && cutStart !== undefined && lineText === '' && /^\d/.test(cells[0]?.text ?? '')) {
      cut.clear();
      cutItem.cells[cutItem.cells.length - 1]!.value = kroner(cutStart + cells[0]!.text, cutItem);
      const rest = cells.slice(1);
      append(cutItem, rest, tail, cells[0]!.end);
      cutItem.lines.push(line);
      lastLine = i;
      continue;
    }
    settleCut();

    // A row with values whose own line starts a new label closes a pending blank subtotal
    // ("Samlet varig ændring, finansposter" with no figures, then "Samlet varig ændring 0 ...").
    if (
      cells.length > 0 &&
      pending.length > 0 &&
      /^\p{Lu}/u.test(lineText) &&
      !AREA_START.test(lineText) &&
      pendingComplete()
    ) {
      flush();
    }
    const combined = joinLines([...pendingTexts, lineText]);
    const areaMatch = AREA_TAIL.exec(combined);
    if (cells.length > 0) {
      const gap = cells[0]!.start - tail.text.length;
      const accept =
        areaMatch !== null ||
        TOTAL_LABEL.test(combined) ||
        lineText === '' ||
        cells.length >= 2 ||
        gap >= 2;
      if (!accept) {
        lineText = text;
        cells = [];
      }
    }

    if (cells.length === 0) {
      const heading = groupHeading(text);
      if (heading && (pending.length === 0 || pendingComplete())) {
        flush();
        section = heading;
        // A parenthesis left open goes on over the next lines ("(effektiviseringer og" / "drift)").
        let open = (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
        while (open > 0 && i + 1 < lines.length && !/\d/.test(lines[i + 1]!.text)) {
          i++;
          const more = lines[i]!.text;
          open += (more.match(/\(/g) ?? []).length - (more.match(/\)/g) ?? []).length;
        }
        lastLine = i;
        continue;
      }
      if (
        pending.length > 0 &&
        /^\p{Lu}/u.test(text) &&
        !AREA_START.test(text) &&
        pendingComplete()
      ) {
        flush();
      }
      if (pending.length === 0 && text.length > 100) break; // running text after the table
      pending.push(line);
      pendingTexts.push(text);
      lastLine = i;
      continue;
    }

    if (lineText === '' && pending.length === 0) {
      const previous = items[items.length - 1];
      if (previous && previous.cells.length + cells.length <= years.length) {
        append(previous, cells, tail, null);
        previous.lines.push(line);
      } else {
        unread.push({
          field: 'economy.rows',
          reason: 'Tal i Tabel 1 uden rækketekst',
          excerpt: excerpt([line]),
        });
      }
      lastLine = i;
      continue;
    }

    const labelText = areaMatch ? combined.slice(0, areaMatch.index) : combined;
    const item = makeItem(
      cleanLabel(labelText),
      areaMatch ? areaOf(areaMatch[1]!) : null,
      section,
      areaMatch !== null && lineText !== '',
      [...pending, line],
    );
    append(item, cells, tail, lineText === '' ? null : tail.text.length);
    items.push(item);
    pending = [];
    pendingTexts = [];
    lastLine = i;
  }
  settleCut();
  flush();
  readPaybacks(paybackLines, lines, payback, unread);
  if (totalColumn) for (const item of items) dropRowTotal(item, years.length, unread);

  // PDF text extraction drops the spaces a line ends with; where no line of the table keeps
  // any, a line ending at its last value says nothing about empty cells after it.
  const table = lines.slice(bodyStart, lastLine + 1);
  if (!table.some((line) => line.text !== '' && /\s$/.test(line.raw))) {
    for (const item of items) item.trail = null;
  }

  // Without a group heading, a table that states implementation subtotals (the innovation
  // template) holds implementation costs; one that states only lasting subtotals, lasting ones.
  // Otherwise the label's words decide ("Færre aflyste møder" lasts, "Projektledelse" does not).
  const lastingStated = items.some((item) => item.scope?.section === 'lasting');
  const implementationStated = items.some((item) => item.scope?.section === 'implementation');
  const onlyStated =
    lastingStated === implementationStated ? null : lastingStated ? 'lasting' : 'implementation';
  for (const item of items) {
    if (item.type === 'row' && item.section === null) {
      item.section = onlyStated ?? sectionByMeaning(item.label) ?? 'implementation';
    }
  }

  let priceLevelFromNote = false;
  if (priceLevelYear === null) {
    for (const line of lines.slice(lastLine + 1, lastLine + 12)) {
      const note = NOTE_PRICE_LEVEL.exec(line.text);
      if (note) {
        priceLevelYear = Number(note[1]);
        priceLevelFromNote = true;
        break;
      }
    }
  }
  return {
    priceLevelYear,
    priceLevelFromNote,
    years,
    separator,
    // Only text laid out from a page's positions says anything by where a figure ends.
    yearEnds: positioned ? alignedYearEnds(lines[headerAt]!, years, items) : null,
    items,
    payback,
    firstLine: start,
    lastLine,
    unread,
  };
}

/**
 * In a table with an "I alt" column, a row's last figure is its own sum over the years: it is
 * dropped, and said when it does not add up.
 */
function dropRowTotal(item: TableItem, years: number, unread: Unread[]): void {
  const { cells } = item;
  if (cells.length < 2) return;
  const last = cells[cells.length - 1]!.value ?? 0;
  const sum = cells.slice(0, -1).reduce((total, cell) => total + (cell.value ?? 0), 0);
  if (last !== sum && cells.length <= years) return;
  cells.pop();
  if (last !== sum) {
    unread.push({
      field: `economy.rows.${item.label}`,
      reason: `Rækkens "I alt" (${formatDanishNumber(last / 1000)}) er ikke summen af dens år (${formatDanishNumber(sum / 1000)})`,
      excerpt: excerpt(item.lines),
    });
  }
}

/** Share of all figures that must end under some year for the table to count as aligned. */
const ALIGNED_SHARE = 0.9;
/** One figure ending under a year may be chance; two are the least that say anything. */
const ALIGNED_MIN_CELLS = 2;
/** How far, in columns of text, a figure may end from its year and still stand under it. */
const ALIGNED_TOLERANCE = 1;

/** The typical distance between the ends of neighbouring years. */
export function yearSpacing(ends: readonly number[]): number {
  const steps = ends.slice(1).map((end, i) => end - ends[i]!);
  return [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 1;
}

/**
 * The end columns of the header's years, if the table's figures end there too: then a row
 * with fewer figures than years shows its years by where they end.
 */
function alignedYearEnds(
  header: SourceLine,
  years: readonly number[],
  items: readonly TableItem[],
): number[] | null {
  const ends = [...header.raw.matchAll(YEAR)]
    .map((m) => m.index + m[0].length)
    .slice(-years.length);
  if (ends.length !== years.length || ends.length < 2) return null;
  const cells = items.flatMap((item) => item.cells);
  if (cells.length < ALIGNED_MIN_CELLS) return null;
  const aligned = cells.filter(
    (cell) =>
      cell.end !== null && ends.some((end) => Math.abs(cell.end! - end) <= ALIGNED_TOLERANCE),
  );
  return aligned.length >= ALIGNED_SHARE * cells.length ? ends : null;
}

function makeItem(
  label: string,
  area: Area | null,
  section: RowSection | null,
  areaBeforeFirstValue: boolean,
  lines: SourceLine[],
): TableItem {
  if (TOTAL_LABEL.test(label)) {
    return {
      type: 'total',
      label,
      section: null,
      area,
      scope: totalScope(label, area),
      cells: [],
      areaBeforeFirstValue,
      trail: null,
      lines,
    };
  }
  return {
    type: 'row',
    label,
    section: LOAN_LABEL.test(label) ? 'loan' : section,
    area,
    scope: null,
    cells: [],
    areaBeforeFirstValue,
    trail: null,
    lines,
  };
}

function toKroner(text: string, item: TableItem, unread: Unread[], scale: number): Kroner | null {
  if (PLACEHOLDER.test(text)) return null;
  const number = parseDanishNumber(text.replace(/^[÷−–]/u, '-'));
  if (number === null) return null;
  const kroner = Number.isNaN(number) ? null : thousandsToKroner(number * scale);
  if (kroner === null || Math.abs(kroner) > 1e15) {
    unread.push({
      field: `economy.rows.${item.label}`,
      reason: `Beløbet "${text}" kunne ikke læses`,
      excerpt: excerpt(item.lines),
    });
    return null;
  }
  return kroner;
}
