import type { Kroner } from '../money.ts';

/** Running totals of a yearly series; empty cells count as 0. */
export function cumulativeSum(values: readonly (Kroner | null)[]): Kroner[] {
  const result: Kroner[] = [];
  let running = 0;
  for (const value of values) {
    running += value ?? 0;
    result.push(running as Kroner);
  }
  return result;
}

/**
 * Tilbagebetalingstid (SPEC.md section 5): the 1-based index of the first year whose cumulative
 * sum is <= 0, counted from the table's first year column; null if it never gets there.
 * Both the service and the total payback are this one rule on different series.
 */
export function paybackYear(cumulative: readonly Kroner[]): number | null {
  let year = 0;
  for (const value of cumulative) {
    year++;
    if (value <= 0) return year;
  }
  return null;
}
