import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';

// What is decided about a proposal in a round (SPEC.md section 7): the secretariat recommends,
// the political body decides. A granted proposal's Tabel 1 as decided becomes its plan, the
// baseline follow-up measures the realised figures against.

export const RECOMMENDATIONS = ['recommended', 'not_recommended'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Postponed moves the proposal, with its history, to a named later round. */
export const OUTCOMES = ['granted', 'rejected', 'postponed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the pool pays out to a granted proposal in one year, at the round's price level. */
export interface GrantedYear {
  year: number;
  amount: Kroner;
}

/** A granted proposal's plan: Tabel 1 as decided, and what the pool pays for it per year. */
export interface Plan {
  proposalId: string;
  roundId: string;
  /** The round's pool the money is drawn from (a key of the round's rules). */
  poolKey: string;
  /** The rules version the decision was made under. */
  rulesVersion: number;
  decidedOn: string;
  table: EconomicTable;
  granted: GrantedYear[];
}
