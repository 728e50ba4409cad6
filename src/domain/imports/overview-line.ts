import type { TableEvaluation } from '../economics/index.ts';
import type { Mismatch } from '../import-findings.ts';
import { kroner, type Kroner } from '../money.ts';

// A proposal's line in its round's overview (bilag): what the overview states of it, and where
// the proposal's own Tabel 1 says otherwise. The importer compares what it read; the review
// screen and the server compare again once the reviewer has corrected the table.

export const OVERVIEW_COLUMNS = [
  'service',
  'anlaeg',
  'investment',
  'efficiency',
  'payback',
] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];

export interface OverviewEntry {
  code: string;
  title: string;
  committee: string | null;
  /** Marked with asterisks: a proposal that goes across forvaltninger. */
  crossCutting: boolean;
  investment: { service: Kroner | null; anlaeg: Kroner | null; total: Kroner | null };
  efficiency: Kroner | null;
  payback: number | null;
  /** 1-based line number of the entry's first line. */
  line: number;
}

/** How an overview writes its figures, which decides how a proposal's are compared with them. */
export interface OverviewFormat {
  /** The smallest step its figures are written in, in kroner (100.000 for "1,8" mio. kr.). */
  precision: number;
  priceLevelYear: number | null;
  columns: OverviewColumn[];
}

/** A proposal's line, with how its overview writes figures: what the review compares anew. */
export interface OverviewLine {
  entry: OverviewEntry;
  format: OverviewFormat;
}

/** Every mismatch of a proposal's line is named so ("Oversigt: tilbagebetalingstid"). */
export const OVERVIEW_MISMATCH = 'Oversigt: ';

export function columnValue(entry: OverviewEntry, column: OverviewColumn): Kroner | null {
  if (column === 'payback') return null;
  if (column === 'efficiency') return entry.efficiency;
  if (column === 'investment') return entry.investment.total;
  return entry.investment[column];
}

export const COLUMN_NAMES: Record<OverviewColumn, string> = {
  service: 'investering, service',
  anlaeg: 'investering, anlæg',
  investment: 'investering i alt',
  efficiency: 'effektivisering',
  payback: 'tilbagebetalingstid',
};

/** A figure rounded as the overview writes it: to its precision, halves away from zero. */
function rounded(value: number, precision: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) / precision) * precision;
}

/**
 * Where a proposal's own Tabel 1 disagrees with its line in the overview: the investment (its
 * implementation costs over all years, per area), the efficiency at full effect (the lasting
 * change of the last year, whichever sign the overview prints) and the payback (either of the
 * two). Figures are compared as the overview rounds them.
 */
export function compareWithOverview(
  entry: OverviewEntry,
  format: OverviewFormat,
  evaluation: TableEvaluation,
): Mismatch[] {
  const { precision } = format;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const implementation = evaluation.totals.implementation;
  const ours: Partial<Record<OverviewColumn, number>> = {
    service: sum(implementation.byArea.service),
    anlaeg: sum(implementation.byArea.anlaeg),
    investment: sum(implementation.total),
    efficiency: evaluation.totals.lasting.total.at(-1) ?? 0,
  };
  const mismatches: Mismatch[] = [];
  // Amounts at another price level differ by the index, not by error: only paybacks compare.
  const samePriceLevel =
    format.priceLevelYear === null ||
    evaluation.priceLevelYear === null ||
    format.priceLevelYear === evaluation.priceLevelYear;
  for (const column of format.columns) {
    if (column === 'payback' || !samePriceLevel) continue;
    const written = columnValue(entry, column);
    const computed = ours[column] ?? 0;
    if (written === null && computed === 0) continue;
    const same =
      column === 'efficiency'
        ? Math.abs(written ?? 0) === Math.abs(rounded(computed, precision))
        : (written ?? 0) === rounded(computed, precision);
    if (!same) {
      mismatches.push({
        field: `${OVERVIEW_MISMATCH}${COLUMN_NAMES[column]}`,
        unit: 'kroner',
        stated: written,
        computed: kroner(computed),
      });
    }
  }
  const paybacks = [evaluation.payback.service, evaluation.payback.total];
  if (format.columns.includes('payback') && !paybacks.includes(entry.payback)) {
    mismatches.push({
      field: `${OVERVIEW_MISMATCH}${COLUMN_NAMES.payback}`,
      unit: 'years',
      stated: entry.payback,
      computed: evaluation.payback.service ?? evaluation.payback.total,
    });
  }
  return mismatches;
}
