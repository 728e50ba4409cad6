import { evaluateOrNull, type TableEvaluation } from '../../../domain/economics/index.ts';
import { kronerToThousands, thousandsToKroner, type Kroner } from '../../../domain/money.ts';
import type { Area, EconomicTable, RowSection } from '../../../domain/proposal.ts';

/** Tabel 1 as it travels and is shown: amounts in thousands of kroner, null for an empty cell. */
export interface WireEconomy {
  priceLevelYear: number | null;
  years: number[];
  rows: { label: string; section: RowSection; area: Area; values: (number | null)[] }[];
}

/** The domain's table in whole kroner; a cell finer than whole kroner cannot be, so it is empty. */
export function toEconomicTable(economy: WireEconomy): EconomicTable {
  return {
    priceLevelYear: economy.priceLevelYear,
    years: economy.years,
    rows: economy.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => (v === null ? null : thousandsToKroner(v))),
    })),
  };
}

/**
 * Null when the amounts are too large to sum exactly: the edit form shows totals while the user
 * types, and a mistyped amount must not take the page (and the unsaved form) down with it.
 */
export function evaluateEconomy(economy: WireEconomy): TableEvaluation | null {
  return evaluateOrNull(toEconomicTable(economy));
}

export const thousands = (value: Kroner): number => kronerToThousands(value);
