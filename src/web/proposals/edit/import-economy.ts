import type { Tabel1Import } from '../../../shared/documents-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { newKey, type EconomyDraft } from './draft.ts';

export type ImportedTable = NonNullable<Tabel1Import['table']>;

/**
 * Tabel 1 read from a spreadsheet, as the edit form holds it: amounts as the Danish text a user
 * would type, so the form checks them like typed ones. The sheet replaces the rows and years;
 * a sheet that states no price level leaves the one in the form.
 */
export function economyFromImport(current: EconomyDraft, table: ImportedTable): EconomyDraft {
  const first = table.years[0];
  return {
    priceLevelYear:
      table.priceLevelYear === null ? current.priceLevelYear : String(table.priceLevelYear),
    firstYear: first === undefined ? '' : String(first),
    years: table.years,
    rows: table.rows.map((row) => ({
      key: newKey(),
      label: row.label,
      section: row.section,
      area: row.area,
      cells: table.years.map((_, i) => formatAmount(row.values[i])),
    })),
  };
}
