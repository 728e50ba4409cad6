import type { Kroner } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import type { GrantedYear, Plan } from '../../domain/rounds/decisions.ts';
import type {
  AllocationOutput,
  DecisionOutput,
  PlanOutput,
  RoundDecisionItem,
  RoundDecisionsOutput,
} from '../../shared/decisions-schema.ts';
import { toThousands } from '../../shared/proposal-schema.ts';
import type { DecisionItem, RoundAllocation, RoundDecisions } from './service.ts';
import type { DecisionRecord } from './store.ts';

// The round's decisions and allocation as they go out: amounts in thousands of kroner.

const t = (value: Kroner) => toThousands(value)!;
const tn = (value: Kroner | null) => toThousands(value);
const amounts = (years: readonly GrantedYear[]) =>
  years.map(({ year, amount }) => ({ year, amount: t(amount) }));

const presentTable = (table: EconomicTable) => ({
  priceLevelYear: table.priceLevelYear,
  years: table.years,
  rows: table.rows.map((row) => ({ ...row, values: row.values.map(tn) })),
});

const presentDecision = (d: DecisionRecord): DecisionOutput => ({
  version: d.version,
  recommendation: d.recommendation,
  recommendationNote: d.recommendationNote,
  outcome: d.outcome,
  decidedOn: d.decidedOn,
  decidingBody: d.decidingBody,
  decisionText: d.decisionText,
  postponedToRoundId: d.postponedToRoundId,
  rulesVersion: d.rulesVersion,
});

const presentPlan = (plan: Plan): PlanOutput => ({
  poolKey: plan.poolKey,
  rulesVersion: plan.rulesVersion,
  decidedOn: plan.decidedOn,
  granted: amounts(plan.granted),
  table: presentTable(plan.table),
});

const presentItem = (item: DecisionItem): RoundDecisionItem => ({
  proposalId: item.proposal.id,
  version: item.proposal.version,
  code: item.proposal.content.code,
  title: item.proposal.content.title,
  kind: item.proposal.content.kind,
  status: item.proposal.status,
  leadAdministration: item.proposal.content.leadAdministration,
  inRound: item.inRound,
  asked: amounts(item.asked),
  askedPriceLevelYear: item.table.priceLevelYear,
  table: presentTable(item.table),
  poolKey: item.poolKey,
  decision: item.decision && presentDecision(item.decision),
  plan: item.plan && presentPlan(item.plan),
});

export const presentRoundDecisions = (r: RoundDecisions): RoundDecisionsOutput => ({
  round: {
    id: r.round.id,
    name: r.round.name,
    year: r.round.year,
    phase: r.round.phase,
    priceLevelYear: r.priceLevelYear,
    decisionOn: r.round.decisionOn,
    rulesVersion: r.rules?.version ?? null,
  },
  laterRounds: r.laterRounds,
  items: r.items.map(presentItem),
});

export function presentAllocation(r: RoundAllocation): AllocationOutput {
  const { allocation } = r;
  return {
    roundId: r.round.id,
    roundName: r.round.name,
    priceLevelYear: r.priceLevelYear,
    rulesVersion: r.rules?.version ?? null,
    complete: r.complete,
    years: allocation.years,
    pools: allocation.pools.map((pool) => ({
      ...pool,
      years: pool.years.map((y) => ({
        year: y.year,
        budget: tn(y.budget),
        granted: t(y.granted),
        remaining: tn(y.remaining),
      })),
      budgetTotal: tn(pool.budgetTotal),
      grantedTotal: t(pool.grantedTotal),
      remainingTotal: tn(pool.remainingTotal),
    })),
    byAdministration: allocation.byAdministration.map((row) => ({
      ...row,
      perYear: row.perYear.map(t),
      total: t(row.total),
    })),
    grantedPerYear: allocation.grantedPerYear.map(t),
    grantedTotal: t(allocation.grantedTotal),
    cashFlowYears: allocation.cashFlowYears,
    cashFlow: allocation.cashFlow.map((flow) => ({
      ...flow,
      years: flow.years.map((y) => ({
        year: y.year,
        payout: t(y.payout),
        savings: t(y.savings),
        net: t(y.net),
        cumulativeNet: t(y.cumulativeNet),
      })),
    })),
  };
}
