import {
  COLUMN_NAMES,
  columnValue,
  type OverviewColumn,
  type OverviewEntry,
  type OverviewFormat,
} from '../domain/imports/overview-line.ts';
import { kroner, type Kroner } from '../domain/money.ts';
import { parseDanishNumber } from '../shared/danish-number.ts';
import { NUMBER } from './cells.ts';
import { collapse, excerpt, isBlank, joinLines, PAGE_NUMBER, type SourceLine } from './lines.ts';
import { CODE, ROUND_IN_TEXT, readRound, type Round } from './template.ts';
import type { Mismatch, Unread } from './types.ts';

// A round's overview (bilag): "Investeringsforslag til investeringspuljen", one line per
// proposal, grouped by committee, with its code, title, investment (service, anlæg), efficiency
// at full effect and payback, in mio. kr. with decimal commas or in 1.000 kr.; cross-cutting
// proposals marked with asterisks. Which columns a table has is read from its header's words;
// their order is the template's, the same in every generation. How a proposal's own Tabel 1 is
// compared with its line is the domain's (overview-line.ts), as the review screen compares too.

/** The header words that name a column, in the order the columns stand. */
const COLUMNS: readonly [OverviewColumn, RegExp][] = [
  ['service', /\bser-?\s*vice\b/i],
  ['anlaeg', /\banlæg\b/i],
  ['investment', /\bi\s+alt\b/i],
  ['efficiency', /effektivisering|gevinst|besparelse/i],
  // "Tilbage-" / "betalingstid (år)": a header cell broken over its two lines.
  ['payback', /tilbage-?\s*betaling|^tilbage-?$|\bbetalingstid/i],
];

export interface RoundOverview extends OverviewFormat {
  round: Round | null;
  /** Kroner per unit of the table's figures: 1.000.000 for mio. kr., 1.000 for 1.000 kr. */
  unit: number;
  entries: OverviewEntry[];
  /** The table's own "I alt" line, per column. */
  totals: Partial<Record<OverviewColumn, Kroner | null>>;
  /** Where the stated "I alt" is not the sum of the entries. */
  mismatches: Mismatch[];
  unread: Unread[];
}

const UNIT = /\b(mio)\.?\s*kr|\b1\.?000\s*kr|\bt\.\s*kr/i;
const TOTAL_LINE = /^i\s+alt\b/i;
// A committee's name alone on its line heads its proposals ("Økonomiudvalget").
const COMMITTEE = /^[\p{L}\s.,-]*udvalg(et)?$/iu;
const COMMITTEE_CODE = /^[A-ZÆØÅ]{2,6}$/u;
/** How far below the unit the column words may run (the header wraps). */
const HEADER_LINES = 6;

/** The figures at the end of an overview line: numbers or dashes, read right to left. */
function trailingFigures(text: string): { text: string; figures: string[] } {
  const tokens = text.split(' ');
  let k = tokens.length;
  while (k > 0 && (NUMBER.test(tokens[k - 1]!) || /^[-–]$/.test(tokens[k - 1]!))) k--;
  // "4 år" for a payback.
  if (k === tokens.length && /^år$/i.test(tokens[k - 1] ?? '')) {
    return trailingFigures(tokens.slice(0, -1).join(' '));
  }
  return { text: tokens.slice(0, k).join(' '), figures: tokens.slice(k) };
}

/** A figure in the table's unit as whole kroner, by integer arithmetic ("-1,1" mio. kr.). */
function figure(text: string, unit: number): Kroner | null {
  const match = /^([-–−]?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/u.exec(text);
  if (!match) return null;
  const [, sign, whole = '', decimals = ''] = match;
  const scale = 10 ** decimals.length;
  if (unit % scale !== 0) return null;
  const value = Number(whole.replace(/\./g, '')) * unit + (Number(decimals || 0) * unit) / scale;
  return kroner(sign ? -value : value);
}

/** Where an overview's table begins: the line with its unit, its column words below; or -1. */
export function overviewTableAt(lines: readonly SourceLine[]): number {
  return lines.findIndex((line, i) => {
    if (!UNIT.test(line.text)) return false;
    const below = joinLines(lines.slice(i, i + HEADER_LINES).map((other) => other.text));
    return (
      COLUMNS.some(([, words]) => words.test(below)) &&
      lines.slice(i + 1, i + HEADER_LINES + 2).some((other) => CODE.test(other.text))
    );
  });
}

/** How the overview writes its figures, to compare a proposal's with its line. */
export const formatOf = ({
  precision,
  priceLevelYear,
  columns,
}: RoundOverview): OverviewFormat => ({
  precision,
  priceLevelYear,
  columns,
});

/** Reads the overview among the lines (those of a document outside its proposals), or null. */
export function readOverview(lines: readonly SourceLine[]): RoundOverview | null {
  const unitAt = overviewTableAt(lines);
  if (unitAt < 0) return null;
  const headerEnd = lines.findIndex(
    (line, i) => i > unitAt && (CODE.test(line.text) || COMMITTEE.test(line.text)),
  );
  if (headerEnd < 0) return null;
  const header = joinLines(lines.slice(unitAt, headerEnd).map((line) => line.text));
  const columns = COLUMNS.filter(([, words]) => words.test(header)).map(([column]) => column);
  const byCommitteeColumn = /\budvalg\b/i.test(header);
  const unit = /mio/i.test(UNIT.exec(lines[unitAt]!.text)![0]) ? 1_000_000 : 1_000;
  const priceLevel = /\b(\d{4})\s*p\s*\/\s*l\b/i.exec(header);

  let round: Round | null = null;
  for (const line of lines.slice(0, headerEnd)) {
    const named = ROUND_IN_TEXT.exec(line.text);
    if (named) {
      round = readRound(named);
      break;
    }
  }

  const entries: OverviewEntry[] = [];
  const unread: Unread[] = [];
  const totals: RoundOverview['totals'] = {};
  const subtotalMismatches: Mismatch[] = [];
  let committee: string | null = null;
  let pending: { first: SourceLine; parts: string[] } | null = null;
  const assign = (figures: string[], at: readonly SourceLine[], total = false) => {
    const values: Partial<Record<OverviewColumn, string>> = {};
    // Paybacks are not summed: the "I alt" line may leave their cell out.
    const summed = columns.filter((column) => column !== 'payback');
    if (figures.length === columns.length) {
      columns.forEach((column, c) => (values[column] = figures[c]));
    } else if (total && figures.length === summed.length) {
      summed.forEach((column, c) => (values[column] = figures[c]));
    } else if (figures.length > 0) {
      unread.push({
        field: 'overview',
        reason: `Linjen har ${figures.length} tal, men oversigten har ${columns.length} kolonner`,
        excerpt: excerpt(at),
      });
    }
    return values;
  };
  const finish = (last: SourceLine, figures: string[]) => {
    if (!pending) return;
    const text = joinLines(pending.parts);
    pending = null;
    const code = CODE.exec(text)!;
    let title = text.slice(code[0].length).trim();
    let own = committee;
    if (byCommitteeColumn) {
      const [first, ...rest] = title.split(' ');
      if (first && COMMITTEE_CODE.test(first)) {
        own = first;
        title = rest.join(' ');
      }
    }
    const crossCutting = /\*/.test(title);
    const values = assign(figures, [last]);
    const amount = (column: OverviewColumn) => {
      const written = values[column];
      return written === undefined ? null : figure(written, unit);
    };
    const payback = values.payback === undefined ? null : parseDanishNumber(values.payback);
    entries.push({
      code: code[1]!,
      title: collapse(title.replace(/\*+/g, '')),
      committee: own,
      crossCutting,
      investment: {
        service: amount('service'),
        anlaeg: amount('anlaeg'),
        total: amount('investment'),
      },
      efficiency: amount('efficiency'),
      payback: payback === null || Number.isNaN(payback) ? null : Math.ceil(payback),
      line: last.no,
    });
  };

  let lastLine = headerEnd;
  for (let i = headerEnd; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || PAGE_NUMBER.test(line.text)) continue;
    const { text, figures } = trailingFigures(line.text);
    if (TOTAL_LINE.test(line.text)) {
      const values = assign(figures, [line], true);
      const stated: RoundOverview['totals'] = {};
      for (const column of columns) {
        const written = values[column];
        stated[column] = written === undefined ? null : figure(written, unit);
      }
      lastLine = i;
      // "I alt Socialudvalget": the committee's own total, checked against its lines; the
      // table goes on below it.
      const named = text.replace(TOTAL_LINE, '').replace(/^[\s,:.-]+/, '');
      if (committee !== null && named !== '' && sameName(named, committee)) {
        const own = entries.filter((entry) => entry.committee === committee);
        subtotalMismatches.push(...checkTotals(own, stated, columns, `I alt ${committee}`));
        continue;
      }
      Object.assign(totals, stated);
      break;
    }
    if (CODE.test(line.text) && !pending) {
      pending = { first: line, parts: [text] };
    } else if (pending) {
      pending.parts.push(text);
    } else if (figures.length === 0 && (COMMITTEE.test(text) || COMMITTEE_CODE.test(text))) {
      committee = text;
    } else if (figures.length === 0 && text.length <= 60) {
      // A group of the table that is no committee ("Innovationsforslag").
    } else if (UNIT.test(text) || COLUMNS.some(([, words]) => words.test(text))) {
      // The header again, at the top of the table's next page.
    } else {
      break;
    }
    if (pending && figures.length > 0) finish(line, figures);
    lastLine = i;
  }
  if (pending) finish(lines[lastLine]!, []);
  if (entries.length === 0) return null;
  const decimals = Math.max(
    0,
    ...lines
      .slice(headerEnd, lastLine + 1)
      .flatMap((line) =>
        trailingFigures(line.text).figures.map((written) => written.split(',')[1]?.length ?? 0),
      ),
  );
  return {
    round,
    unit,
    precision: Math.max(1, unit / 10 ** decimals),
    priceLevelYear: priceLevel ? Number(priceLevel[1]) : null,
    columns,
    entries,
    totals,
    mismatches: [...subtotalMismatches, ...checkTotals(entries, totals, columns, 'I alt')],
    unread,
  };
}

/** A committee's name as a total line repeats it: the same words, however cased or spaced. */
function sameName(a: string, b: string): boolean {
  const words = (text: string) => collapse(text).toLocaleLowerCase('da');
  return words(a) === words(b);
}

/** A total line ("I alt", "I alt Socialudvalget") against the sum of its entries, by column. */
function checkTotals(
  entries: readonly OverviewEntry[],
  totals: RoundOverview['totals'],
  columns: readonly OverviewColumn[],
  label: string,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const column of columns) {
    const stated = totals[column];
    if (stated === undefined || column === 'payback') continue;
    const sum = entries.reduce((total, entry) => total + (columnValue(entry, column) ?? 0), 0);
    if ((stated ?? 0) !== sum) {
      mismatches.push({
        field: `Oversigt: ${label}, ${COLUMN_NAMES[column]}`,
        unit: 'kroner',
        stated,
        computed: kroner(sum),
      });
    }
  }
  return mismatches;
}
