import { kronerToThousands, thousandsToKroner, type Kroner } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import type { GrantedYear } from '../../domain/rounds/decisions.ts';
import { decidedTable } from '../../domain/rounds/decisions-plan.ts';
import { parseDanishNumber } from '../../shared/danish-number.ts';
import type { RoundDecisionItem } from '../../shared/decisions-schema.ts';

// The plan a grant will store, computed in the browser by the same domain function the server
// uses, so the secretariat confirms exactly the Tabel 1 that is saved.

type WireTable = RoundDecisionItem['table'];

const toKroner = (value: number | null): Kroner | null =>
  value === null ? null : thousandsToKroner(value);

export function tableInKroner(table: WireTable): EconomicTable {
  return {
    priceLevelYear: table.priceLevelYear,
    years: table.years,
    rows: table.rows.map((row) => ({ ...row, values: row.values.map(toKroner) })),
  };
}

export function tableInThousands(table: EconomicTable): WireTable {
  return {
    priceLevelYear: table.priceLevelYear,
    years: table.years,
    rows: table.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => (v === null ? null : kronerToThousands(v))),
    })),
  };
}

/**
 * The granted amounts as typed (Danish numbers in thousands), or the first year whose text is
 * not an amount of whole kroner at or above zero.
 */
export function parseGranted(
  typed: Record<number, string>,
): { ok: true; granted: GrantedYear[] } | { ok: false; year: number } {
  const granted: GrantedYear[] = [];
  for (const [year, text] of Object.entries(typed)) {
    if (text.trim() === '') continue;
    const value = parseDanishNumber(text);
    const amount = value === null ? null : thousandsToKroner(value);
    if (amount === null || amount < 0) return { ok: false, year: Number(year) };
    if (amount > 0) granted.push({ year: Number(year), amount });
  }
  return { ok: true, granted: granted.sort((a, b) => a.year - b.year) };
}

export const previewPlan = (table: WireTable, granted: readonly GrantedYear[]): EconomicTable =>
  decidedTable(tableInKroner(table), granted);
