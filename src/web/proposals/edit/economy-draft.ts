import type { RowSection } from '../../../domain/proposal.ts';
import { formatAmount } from '../../../shared/format.ts';
import { emptyRow, readAmount, type EconomyDraft, type RowDraft } from './draft.ts';
import type { PastedRow } from './paste.ts';
import { yearError } from './validate.ts';

// Tabel 1's columns stay contiguous by construction: years are added at the end, removed from
// the end, and moving the first year renumbers them all.

export function addYear(economy: EconomyDraft, fallbackYear: number): EconomyDraft {
  const last = economy.years.at(-1);
  const typedFirst = yearError(economy.firstYear) ? null : Number(economy.firstYear.trim()) || null;
  const year = last === undefined ? (typedFirst ?? fallbackYear) : last + 1;
  return {
    ...economy,
    firstYear: last === undefined ? String(year) : economy.firstYear,
    years: [...economy.years, year],
    rows: economy.rows.map((row) => ({ ...row, cells: [...row.cells, ''] })),
  };
}

export function removeLastYear(economy: EconomyDraft): EconomyDraft {
  const years = economy.years.slice(0, -1);
  return {
    ...economy,
    firstYear: years.length === 0 ? '' : economy.firstYear,
    years,
    rows: economy.rows.map((row) => ({ ...row, cells: row.cells.slice(0, years.length) })),
  };
}

export function setFirstYear(economy: EconomyDraft, text: string): EconomyDraft {
  const first = Number(text.trim());
  const valid = text.trim() !== '' && yearError(text) === null;
  return {
    ...economy,
    firstYear: text,
    years: valid ? economy.years.map((_, i) => first + i) : economy.years,
  };
}

/** A new row goes in the section of the row above it, where the user is likely working. */
export function addRow(economy: EconomyDraft): EconomyDraft {
  const section: RowSection = economy.rows.at(-1)?.section ?? 'lasting';
  return { ...economy, rows: [...economy.rows, emptyRow(section, economy.years.length)] };
}

export function removeRow(economy: EconomyDraft, index: number): EconomyDraft {
  return { ...economy, rows: economy.rows.filter((_, i) => i !== index) };
}

export function updateRow(
  economy: EconomyDraft,
  index: number,
  patch: Partial<Omit<RowDraft, 'key'>>,
): EconomyDraft {
  return {
    ...economy,
    rows: economy.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
  };
}

export function setCell(
  economy: EconomyDraft,
  rowIndex: number,
  yearIndex: number,
  text: string,
): EconomyDraft {
  const row = economy.rows[rowIndex];
  if (!row) return economy;
  const cells = row.cells.map((cell, j) => (j === yearIndex ? text : cell));
  return updateRow(economy, rowIndex, { cells });
}

/** An amount as the user left it, written in Danish format when it can be read (1234 -> 1.234). */
export function danishAmount(text: string): string {
  const value = readAmount(text);
  return value === null ? text : formatAmount(value);
}

export interface PasteOutcome {
  economy: EconomyDraft;
  /** How many rows were filled, new ones included. */
  rows: number;
  placed: number;
  /** Amounts beyond the table's last year, not placed. */
  dropped: number;
}

/** A row's amounts, less blank cells in front of them where the row has more than the table. */
function fitted(row: PastedRow, yearCount: number): string[] {
  let excess = row.amounts.length - yearCount;
  let start = 0;
  // A text without its styringsområde leaves that column's empty cell in front of the years.
  while (row.label !== null && excess > 0 && row.amounts[start] === '') {
    start++;
    excess--;
  }
  return row.amounts.slice(start);
}

/**
 * Pasted rows into Tabel 1 from row `rowIndex` on, adding rows below as needed. A row that
 * brings its text fills the whole row, text, styringsområde and amounts from the first year; a
 * row of amounts alone fills from `fromColumn`, the year the user pasted into. Amounts keep what
 * was typed, so a bad value is shown, not lost.
 */
export function pasteRows(
  economy: EconomyDraft,
  rowIndex: number,
  fromColumn: number,
  pasted: readonly PastedRow[],
): PasteOutcome {
  let next = economy;
  let placed = 0;
  let dropped = 0;
  pasted.forEach((row, k) => {
    const index = rowIndex + k;
    if (!next.rows[index]) next = addRow(next);
    const target = next.rows[index]!;
    const from = row.label === null ? fromColumn : 0;
    const amounts = fitted(row, next.years.length).map(danishAmount);
    const room = Math.max(next.years.length - from, 0);
    const cells = target.cells.map((cell, j) =>
      j >= from && j - from < amounts.length ? (amounts[j - from] ?? '') : cell,
    );
    next = updateRow(next, index, {
      cells,
      ...(row.label === null ? {} : { label: row.label }),
      ...(row.area === null ? {} : { area: row.area }),
    });
    placed += Math.min(amounts.length, room);
    dropped += Math.max(amounts.length - room, 0);
  });
  return { economy: next, rows: pasted.length, placed, dropped };
}
