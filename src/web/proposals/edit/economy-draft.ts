import type { RowSection } from '../../../domain/proposal.ts';
import { emptyRow, type EconomyDraft, type RowDraft } from './draft.ts';
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

/**
 * Pasted cells into a row from `fromColumn` on, as typed text so a bad value is shown, not
 * lost. Cells beyond the table's last year are not placed; their count is returned.
 */
export function pasteIntoRow(
  economy: EconomyDraft,
  rowIndex: number,
  fromColumn: number,
  pasted: readonly string[],
): { economy: EconomyDraft; dropped: number } {
  const row = economy.rows[rowIndex];
  if (!row) return { economy, dropped: 0 };
  const cells = row.cells.map((cell, j) =>
    j >= fromColumn && j - fromColumn < pasted.length ? (pasted[j - fromColumn] ?? '') : cell,
  );
  const room = Math.max(economy.years.length - fromColumn, 0);
  return {
    economy: updateRow(economy, rowIndex, { cells }),
    dropped: Math.max(pasted.length - room, 0),
  };
}
