import { evaluateTable, type TableEvaluation } from '../economics/evaluate.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable, ProposalKind } from '../proposal.ts';
import { poolForKind } from '../rounds/decisions-plan.ts';
import type { RoundRules } from '../rounds/rules.ts';

// What the portfolio choice needs of each proposal in a round: what it asks of which pool in
// each budget year (split by styringsområde, for the service and anlæg limits), and what it is
// worth under the chosen objective. Values stay exact integers; the solver only sees them.

/** What the secretariat maximises. */
export const OBJECTIVES = ['net_savings', 'npv', 'score'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface ProposalForPortfolio {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  table: EconomicTable;
  /** Proposals this one cannot go ahead without (an investment case needs its innovation case). */
  requires: readonly string[];
  /** Weighted score: the sum over the round's criteria of weight × score. */
  weightedScore: number;
  /** The pool a grant draws on, as its plan says; otherwise the innermost pool for its kind. */
  poolKey?: string;
}

export interface YearCost {
  year: number;
  service: Kroner;
  anlaeg: Kroner;
  total: Kroner;
}

export interface Candidate {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  /** The innermost pool whose kinds include the proposal's kind; null when no pool takes it. */
  poolKey: string | null;
  costs: YearCost[];
  /** Everything it asks of the pool, all years. */
  requested: Kroner;
  /** Its worth under the objective (kroner, or score points). */
  value: number;
  /** Over its kind's cap: not chosen unless forced in. */
  overCap: boolean;
  requires: readonly string[];
}

/** What a proposal saves net over its table's years: its total impact, turned to a gain. */
export function netSavingsOf(evaluation: Pick<TableEvaluation, 'impact'>): number {
  return -evaluation.impact.reduce((a, b) => a + b, 0);
}

export function toCandidate(
  proposal: ProposalForPortfolio,
  rules: Pick<RoundRules, 'pools' | 'caps'>,
  objective: Objective,
): Candidate {
  const evaluation = evaluateTable(proposal.table);
  const { implementation } = evaluation.totals;
  const costs = proposal.table.years.map((year, i) => ({
    year,
    service: implementation.byArea.service[i]!,
    anlaeg: implementation.byArea.anlaeg[i]!,
    total: implementation.total[i]!,
  }));
  const cap = rules.caps[proposal.kind];
  const netSavings = netSavingsOf(evaluation);
  const value =
    objective === 'score'
      ? proposal.weightedScore
      : objective === 'npv'
        ? -evaluation.npv.total
        : netSavings;
  return {
    id: proposal.id,
    code: proposal.code,
    title: proposal.title,
    kind: proposal.kind,
    poolKey: proposal.poolKey ?? poolForKind(rules, proposal.kind),
    costs,
    requested: evaluation.requestedFromPool,
    value,
    overCap: cap !== null && evaluation.requestedFromPool > cap,
    requires: proposal.requires,
  };
}
