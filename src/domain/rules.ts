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
