import type { Kroner } from './money.ts';
import type { ProposalKind } from './proposal.ts';

/**
 * The rules a round is judged by. They are configuration per year and round (SPEC.md section 3),
 * kept in the database by the pool secretariat, never constants in code.
 */
export interface SubmissionRules {
  /** An investment case must pay back within this many years (6 in Copenhagen 2026). */
  paybackLimitYears: number;
  /** The most one proposal of a kind may ask of the pool; null is no cap. */
  capByKind: Record<ProposalKind, Kroner | null>;
}

export interface YearRules {
  year: number;
  rules: SubmissionRules;
}

/**
 * The rules in force in `year`: those of the latest year up to it, since a year the
 * secretariat has not yet configured keeps the last rules it set. Null when none are that old.
 */
export function rulesInForce(all: readonly YearRules[], year: number): YearRules | null {
  let found: YearRules | null = null;
  for (const entry of all) {
    if (entry.year <= year && (found === null || entry.year > found.year)) found = entry;
  }
  return found;
}

/**
 * Which year's rules judge a table: the round's year when the proposal is in a round, else its
 * price level (OFS money is paid in the current year's p/l, budget money in the next year's),
 * else its first year column.
 */
export function rulesYearOf(table: {
  roundYear?: number | null;
  priceLevelYear: number | null;
  years: readonly number[];
}): number | null {
  return table.roundYear ?? table.priceLevelYear ?? table.years[0] ?? null;
}
