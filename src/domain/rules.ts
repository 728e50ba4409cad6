import type { PriceIndex } from './economics/price-level.ts';
import type { Kroner } from './money.ts';
import type { ProposalKind } from './proposal.ts';
import { roundPriceLevel, type RoundRules } from './rounds/rules.ts';

/**
 * The rules a round is judged by. They are configuration per year and round (SPEC.md section 3),
 * kept in the database by the pool secretariat, never constants in code.
 */
export interface SubmissionRules {
  /** An investment case must pay back within this many years (6 in Copenhagen 2026). */
  paybackLimitYears: number;
  /** The most one proposal of a kind may ask of the pool; null is no cap. */
  capByKind: Record<ProposalKind, Kroner | null>;
  /**
   * The p/l the caps are stated in, with the index that brings a proposal's amounts there; left
   * out when amounts are compared as the proposal states them.
   */
  capsAt?: { year: number; index: PriceIndex };
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

/** The rules that judge a proposal, and whether they are its round's own or the year's. */
export interface JudgingRules extends YearRules {
  source: 'round' | 'year';
}

/**
 * The rules a proposal is judged by: its round's current rules when the round has any, with the
 * caps in the p/l the round pays in, so the editor and the submission refuse exactly what the
 * round overview marks over a cap; else the year's rules in force. `year` is the year judged by.
 */
export function judgingRules(input: {
  economy: { priceLevelYear: number | null; years: readonly number[] };
  round: {
    year: number;
    priceLevelYear: number | null;
    rules: Pick<RoundRules, 'paybackLimitYears' | 'caps'> | null;
  } | null;
  configured: readonly YearRules[];
  index: PriceIndex;
}): { year: number | null; rules: JudgingRules | null } {
  const { economy, round, configured, index } = input;
  const year = rulesYearOf({ roundYear: round?.year ?? null, ...economy });
  if (round?.rules) {
    const { paybackLimitYears, caps } = round.rules;
    const capsAt = { year: roundPriceLevel(round), index };
    return {
      year,
      rules: {
        year: round.year,
        source: 'round',
        rules: { paybackLimitYears, capByKind: caps, capsAt },
      },
    };
  }
  const inForce = year === null ? null : rulesInForce(configured, year);
  return { year, rules: inForce && { ...inForce, source: 'year' } };
}
