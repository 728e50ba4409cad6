import type { Kroner } from '../../domain/money.ts';
import type { GrantedYear, Plan } from '../../domain/rounds/decisions.ts';
import type { AllocationOutput, DecisionOutput } from '../../shared/decisions-schema.ts';
import type {
  planOutput,
  roundDecisionItem,
  roundDecisionsOutput,
} from '../../shared/decisions-schema.ts';
import type { z } from 'zod';
import { toThousands } from '../../shared/proposal-schema.ts';
import type { DecisionItem, RoundAllocation, RoundDecisions } from './service.ts';
import type { DecisionRecord } from './store.ts';

// The round's decisions and allocation as they go out: amounts in thousands of kroner.

const t = (value: Kroner) => toThousands(value)!;
const tn = (value: Kroner | null) => toThousands(value);
const amounts = (years: readonly GrantedYear[]) =>
  years.map(({ year, amount }) => ({ year, amount: t(amount) }));

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

const presentPlan = (plan: Plan): z.output<typeof planOutput> => ({
  poolKey: plan.poolKey,
  rulesVersion: plan.rulesVersion,
  decidedOn: plan.decidedOn,
  granted: amounts(plan.granted),
  table: plan.table,
});

const presentItem = (item: DecisionItem): z.output<typeof roundDecisionItem> => ({
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
  table: item.table,
  poolKey: item.poolKey,
  decision: item.decision && presentDecision(item.decision),
  plan: item.plan && presentPlan(item.plan),
});

export const presentRoundDecisions = (
  r: RoundDecisions,
): z.output<typeof roundDecisionsOutput> => ({
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
