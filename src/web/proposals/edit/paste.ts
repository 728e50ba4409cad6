import { areaOfName } from '../../../domain/economics/labels.ts';
import type { Area } from '../../../domain/proposal.ts';
import { parseDanishNumber } from '../../../shared/danish-number.ts';

// Rows copied from Excel or Word arrive as text: Excel and Word tables separate cells with tabs,
// text from a PDF or an e-mail with spaces. A row of the template is its text, its
// styringsområde and its amounts in Danish format (1.234; -942); a lone dash is an empty cell,
// as the templates print one.

const DASHES = /^[-\u2212\u2013]$/;

/** One pasted line: the row's text and styringsområde when it had them, and its amounts. */
export interface PastedRow {
  label: string | null;
  area: Area | null;
  /** As typed, so an amount that cannot be read is shown and pointed at, not lost. */
  amounts: string[];
}

const isText = (cell: string) => cell !== '' && Number.isNaN(parseDanishNumber(cell));
const emptyIfDash = (cell: string) => (DASHES.test(cell) ? '' : cell);

/** The row's text and styringsområde out of the text cells before its amounts. */
function describe(texts: string[], amounts: string[]): PastedRow {
  const area = texts.map(areaOfName).find((a) => a !== null) ?? null;
  const words = texts.filter((text) => areaOfName(text) === null);
  return { label: words.length > 0 ? words.join(' ') : null, area, amounts };
}

/**
 * A tab-separated line: its text is the leading cells that are not amounts, up to its
 * styringsområde, or only the first when it names none, so a mistyped amount after the text
 * ("8OO") stays an amount to be pointed at.
 */
function fromCells(cells: string[]): PastedRow {
  const firstAmount = cells.findIndex((cell) => !isText(cell));
  const leading = cells.slice(0, firstAmount === -1 ? cells.length : firstAmount);
  const area = leading.findIndex((cell) => areaOfName(cell) !== null);
  const split = area === -1 ? Math.min(leading.length, 1) : area + 1;
  return describe(cells.slice(0, split), cells.slice(split).map(emptyIfDash));
}

/**
 * A line without tabs: the trailing words that are amounts are its amounts, the rest its text
 * ("§ 85 vejledere Service 7.550 7.550" keeps its 85), a styringsområde at the text's end.
 */
function fromWords(words: string[]): PastedRow {
  let split = words.length;
  while (split > 0 && !isText(words[split - 1]!)) split--;
  const text = words.slice(0, split);
  const amounts = words.slice(split).map(emptyIfDash);
  for (const size of [2, 1]) {
    const tail = text.slice(-size).join(' ');
    if (text.length > size && areaOfName(tail)) {
      return describe([text.slice(0, -size).join(' '), tail], amounts);
    }
  }
  return describe(text.length > 0 ? [text.join(' ')] : [], amounts);
}

/**
 * The rows of pasted text, one per line that has anything on it; null when it is a single
 * value or plain text, which the input then takes as an ordinary paste. With tabs only tabs
 * separate, so "- 2.950" stays one cell.
 */
export function readPastedRows(text: string): PastedRow[] | null {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const rows = lines.map((line) =>
    line.includes('\t')
      ? fromCells(line.split('\t').map((cell) => cell.trim()))
      : fromWords(line.trim().split(/[ \u00a0]+/)),
  );
  const cells = rows.reduce((n, row) => n + row.amounts.length + (row.label === null ? 0 : 1), 0);
  const tabbed = lines.some((line) => line.includes('\t'));
  if (rows.length === 0 || cells < 2) return null;
  if (!tabbed && rows.every((row) => row.amounts.length === 0)) return null;
  return rows;
}
