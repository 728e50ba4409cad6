import type { Kroner } from '../money.ts';
import type { ProposalKind } from '../proposal.ts';

// The rules a round is judged and decided by (SPEC.md sections 3 and 8), as one value. They are
// configuration per round, never constants in code, and they are versioned: once a round is
// opened for decision its rules are frozen, and a later change is a new version with a reason,
// so every figure the round shows can say which version it was computed under.

/** A round's life: proposals come in, the rules are frozen for the decision, the money is handed out. */
export const ROUND_PHASES = ['open', 'locked', 'decided'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

/** What a pool may pay out in one year; the service and anlæg limits apply only where set. */
export interface PoolBudget {
  year: number;
  amount: Kroner;
  serviceLimit: Kroner | null;
  anlaegLimit: Kroner | null;
}

/**
 * Pools nest: 375 mio. = 360 (investment) + 15 (innovation, of which 4 for pre-analyses). A
 * proposal draws on the innermost pool that lists its kind, and through it on every ancestor.
 */
export interface Pool {
  /** Stable within the round's rules, e.g. "innovation". */
  key: string;
  name: string;
  parentKey: string | null;
  kinds: ProposalKind[];
  budgets: PoolBudget[];
}

/** A prioritisation criterion: Tabel 2's marks or a score like Aarhus's, on an integer scale. */
export interface Criterion {
  key: string;
  name: string;
  scaleMin: number;
  scaleMax: number;
  /** A whole-number weight; the ranking divides by the sum, so weights need not add up to 100. */
  weight: number;
}

export interface RoundRules {
  roundId: string;
  version: number;
  /** Why this version replaced the one before; null for the first. */
  reason: string | null;
  paybackLimitYears: number;
  /** Per kind the most a proposal may ask for in total; null is no cap. */
  caps: Record<ProposalKind, Kroner | null>;
  pools: Pool[];
  criteria: Criterion[];
}

/** The p/l a round pays in: OFS its own year's, budget next year's (set on the round), else its year's. */
export const roundPriceLevel = (round: { year: number; priceLevelYear: number | null }): number =>
  round.priceLevelYear ?? round.year;
