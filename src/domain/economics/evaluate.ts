import type { Kroner } from '../money.ts';
import type { Area, EconomicTable, RowSection } from '../proposal.ts';
import { DEFAULT_DISCOUNT_RATE, netPresentValue, type BasisPoints } from './npv.ts';
import { cumulativeSum, paybackYear } from './payback.ts';

export type AreaSeries = Record<Area, Kroner[]>;

/** Per year: the subtotal of each styringsområde within a section, and the section's total. */
export interface SectionTotals {
  byArea: AreaSeries;
  total: Kroner[];
}

export type TableTotals = Record<RowSection, SectionTotals>;

export interface TableEvaluation {
  years: number[];
  priceLevelYear: number | null;
  totals: TableTotals;
  /** Samlet økonomisk påvirkning: lasting + implementation + loan repayment, per year. */
  impact: Kroner[];
  cumulative: Kroner[];
  /** Lasting change on Service + all implementation costs + loan repayment on Service. */
  serviceImpact: Kroner[];
  serviceCumulative: Kroner[];
  payback: { service: number | null; total: number | null };
  npv: { discountRate: BasisPoints; total: Kroner };
  /** What the proposal asks of the pool: its implementation costs over all years. */
  requestedFromPool: Kroner;
}

export interface EvaluationOptions {
  discountRate?: BasisPoints;
}

function zeros(length: number): number[] {
  // Pushed rather than filled: V8 then keeps a packed array of small integers, the fastest kind.
  const result: number[] = [];
  for (let i = 0; i < length; i++) result.push(0);
  return result;
}

function emptySection(length: number) {
  return {
    byArea: {
      service: zeros(length),
      anlaeg: zeros(length),
      overfoersler: zeros(length),
      finans: zeros(length),
    } satisfies Record<Area, number[]>,
    total: zeros(length),
  };
}

/**
 * Subtotals per section and styringsområde, per year. Cells beyond the table's years are not
 * part of it (the wire schema refuses them); empty cells count as 0. Throws a RangeError when the
 * cells are so large that a sum could leave the range where whole kroner are exact.
 */
export function sectionTotals(table: EconomicTable): TableTotals {
  const length = table.years.length;
  const totals = {
    lasting: emptySection(length),
    implementation: emptySection(length),
    loan: emptySection(length),
  } satisfies Record<RowSection, unknown>;
  // Every partial sum is bounded by the sum of all magnitudes, so one bound keeps all exact.
  let magnitude = 0;
  for (const row of table.rows) {
    const section = totals[row.section];
    const byArea = section.byArea[row.area];
    const total = section.total;
    const cells = Math.min(row.values.length, length);
    for (let year = 0; year < cells; year++) {
      const value = row.values[year];
      if (value == null) continue;
      byArea[year]! += value;
      total[year]! += value;
      magnitude += Math.abs(value);
    }
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('Tabel 1 holds amounts too large to sum exactly in whole kroner');
  }
  // The accumulators hold sums of whole kroner, exact by the bound above.
  return totals as unknown as TableTotals;
}

/** Year-by-year sum of series of equal length. */
export function addSeries(...series: readonly (readonly Kroner[])[]): Kroner[] {
  const length = series[0]?.length ?? 0;
  const result = zeros(length);
  for (const values of series) {
    for (let year = 0; year < length; year++) result[year]! += values[year] ?? 0;
  }
  return result as Kroner[];
}

function sum(values: readonly Kroner[]): Kroner {
  let total = 0;
  for (const value of values) total += value;
  return total as Kroner;
}

/**
 * Everything Tabel 1 derives from its rows. Loan repayment rows count like lasting changes:
 * they stand in for the savings that pay the pool back, so they enter the total impact, and the
 * service economy when they are on Service; they are not implementation costs. Throws a
 * RangeError, as sectionTotals does, only for amounts beyond exact whole kroner.
 */
export function evaluateTable(
  table: EconomicTable,
  options: EvaluationOptions = {},
): TableEvaluation {
  const totals = sectionTotals(table);
  const { lasting, implementation, loan } = totals;
  const impact = addSeries(lasting.total, implementation.total, loan.total);
  const serviceImpact = addSeries(
    lasting.byArea.service,
    implementation.total,
    loan.byArea.service,
  );
  const cumulative = cumulativeSum(impact);
  const serviceCumulative = cumulativeSum(serviceImpact);
  const discountRate = options.discountRate ?? DEFAULT_DISCOUNT_RATE;
  return {
    years: [...table.years],
    priceLevelYear: table.priceLevelYear,
    totals,
    impact,
    cumulative,
    serviceImpact,
    serviceCumulative,
    payback: { service: paybackYear(serviceCumulative), total: paybackYear(cumulative) },
    npv: { discountRate, total: netPresentValue(impact, discountRate) },
    requestedFromPool: sum(implementation.total),
  };
}

/**
 * As evaluateTable, but null where the amounts are too large to sum exactly: a form shows its
 * totals while the user types, a document says so instead, a list leaves the proposal unmarked.
 */
export function evaluateOrNull(table: EconomicTable): TableEvaluation | null {
  try {
    return evaluateTable(table);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
