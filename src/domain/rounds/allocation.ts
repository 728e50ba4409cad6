import { sectionTotals } from '../economics/evaluate.ts';
import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import type { GrantedYear } from './decisions.ts';
import type { RoundRules } from './rules.ts';

// What a round handed out (SPEC.md sections 8 and 9): the granted money per forvaltning, per
// pool and per year at the round's price level, what is left in each pool, and the round's
// cash flow, what the pools pay out against what the granted proposals' savings return. Pools
// nest, so a grant from the innovation pool also uses the money of the pool around it.

/** A granted proposal as the allocation needs it: its plan and whose it is. */
export interface AllocatedPlan {
  proposalId: string;
  code: string | null;
  title: string;
  administration: string | null;
  poolKey: string;
  granted: readonly GrantedYear[];
  /** Tabel 1 as decided, at the round's price level. */
  table: EconomicTable;
}

export interface PoolYear {
  year: number;
  /** The pool's budget that year; null where the rules set none. */
  budget: Kroner | null;
  /** Granted from this pool and every pool inside it. */
  granted: Kroner;
  /** Budget less granted; null without a budget. Negative when the pool is exceeded. */
  remaining: Kroner | null;
}

export interface PoolAllocation {
  key: string;
  name: string;
  parentKey: string | null;
  years: PoolYear[];
  budgetTotal: Kroner | null;
  grantedTotal: Kroner;
  remainingTotal: Kroner | null;
}

export interface AdministrationAllocation {
  administration: string | null;
  poolKey: string;
  perYear: Kroner[];
  total: Kroner;
}

export interface CashFlowYear {
  year: number;
  /** What the pool pays out: the granted implementation money. */
  payout: Kroner;
  /** What the granted proposals' lasting changes return (savings as a positive amount). */
  savings: Kroner;
  /** Savings less payout: positive once the savings exceed what is paid out. */
  net: Kroner;
  cumulativeNet: Kroner;
}

export interface PoolCashFlow {
  poolKey: string;
  name: string;
  years: CashFlowYear[];
}

export interface Allocation {
  /** The years of the pools' budgets and the grants, in order. */
  years: number[];
  pools: PoolAllocation[];
  byAdministration: AdministrationAllocation[];
  grantedPerYear: Kroner[];
  grantedTotal: Kroner;
  /** The years of the cash flow: the allocation's and every plan's, in order. */
  cashFlowYears: number[];
  cashFlow: PoolCashFlow[];
}

const sum = (values: readonly number[]): Kroner => values.reduce((a, b) => a + b, 0) as Kroner;

function range(years: Iterable<number>): number[] {
  const list = [...new Set(years)];
  if (list.length === 0) return [];
  const first = Math.min(...list);
  return Array.from({ length: Math.max(...list) - first + 1 }, (_, i) => first + i);
}

/** The pool and its ancestors, innermost first; an unknown key is a pool of its own. */
function withAncestors(rules: Pick<RoundRules, 'pools'>, key: string): string[] {
  const chain: string[] = [];
  for (let k: string | null = key; k !== null && !chain.includes(k);) {
    chain.push(k);
    k = rules.pools.find((p) => p.key === k)?.parentKey ?? null;
  }
  return chain;
}

/** Savings per year as a positive amount: the lasting changes and loan repayments, negated. */
function savingsOf(table: EconomicTable): Map<number, Kroner> {
  const { lasting, loan } = sectionTotals(table);
  return new Map(
    table.years.map((year, i) => [year, -(lasting.total[i]! + loan.total[i]!) as Kroner]),
  );
}

export function allocate(
  rules: Pick<RoundRules, 'pools'>,
  plans: readonly AllocatedPlan[],
): Allocation {
  const years = range([
    ...rules.pools.flatMap((p) => p.budgets.map((b) => b.year)),
    ...plans.flatMap((p) => p.granted.map((g) => g.year)),
  ]);
  const grantedOf = (plan: AllocatedPlan, year: number): Kroner =>
    plan.granted.find((g) => g.year === year)?.amount ?? (0 as Kroner);

  const known = new Set(rules.pools.map((p) => p.key));
  const pools = [
    ...rules.pools,
    ...[...new Set(plans.map((p) => p.poolKey))]
      .filter((key) => !known.has(key))
      .map((key) => ({ key, name: key, parentKey: null, kinds: [], budgets: [] })),
  ];
  const drawing = (poolKey: string) =>
    plans.filter((plan) => withAncestors(rules, plan.poolKey).includes(poolKey));

  const poolAllocations = pools.map((pool): PoolAllocation => {
    const from = drawing(pool.key);
    const poolYears = years.map((year): PoolYear => {
      const budget = pool.budgets.find((b) => b.year === year)?.amount ?? null;
      const granted = sum(from.map((plan) => grantedOf(plan, year)));
      return {
        year,
        budget,
        granted,
        remaining: budget === null ? null : ((budget - granted) as Kroner),
      };
    });
    const budgeted = poolYears.filter((y) => y.budget !== null);
    const budgetTotal = budgeted.length === 0 ? null : sum(budgeted.map((y) => y.budget!));
    const grantedTotal = sum(poolYears.map((y) => y.granted));
    return {
      key: pool.key,
      name: pool.name,
      parentKey: pool.parentKey,
      years: poolYears,
      budgetTotal,
      grantedTotal,
      remainingTotal: budgetTotal === null ? null : ((budgetTotal - grantedTotal) as Kroner),
    };
  });

  const groups = new Map<string, AdministrationAllocation>();
  for (const plan of plans) {
    const id = JSON.stringify([plan.administration, plan.poolKey]);
    const group = groups.get(id) ?? {
      administration: plan.administration,
      poolKey: plan.poolKey,
      perYear: years.map(() => 0 as Kroner),
      total: 0 as Kroner,
    };
    years.forEach((year, i) => {
      group.perYear[i] = (group.perYear[i]! + grantedOf(plan, year)) as Kroner;
    });
    group.total = sum(group.perYear);
    groups.set(id, group);
  }
  const byAdministration = [...groups.values()].sort(
    (a, b) =>
      (a.administration ?? '').localeCompare(b.administration ?? '', 'da') ||
      a.poolKey.localeCompare(b.poolKey),
  );
  const grantedPerYear = years.map((year) => sum(plans.map((plan) => grantedOf(plan, year))));

  const cashFlowYears = range([...years, ...plans.flatMap((p) => p.table.years)]);
  const savings = new Map(plans.map((plan) => [plan.proposalId, savingsOf(plan.table)]));
  // Each plan counts once, in the pool it was granted from; nesting shows in the pools above.
  const cashFlow = pools
    .filter((pool) => plans.some((plan) => plan.poolKey === pool.key))
    .map((pool): PoolCashFlow => {
      const own = plans.filter((plan) => plan.poolKey === pool.key);
      let cumulative = 0;
      return {
        poolKey: pool.key,
        name: pool.name,
        years: cashFlowYears.map((year): CashFlowYear => {
          const payout = sum(own.map((plan) => grantedOf(plan, year)));
          const saved = sum(own.map((plan) => savings.get(plan.proposalId)!.get(year) ?? 0));
          const net = (saved - payout) as Kroner;
          cumulative += net;
          return { year, payout, savings: saved, net, cumulativeNet: cumulative as Kroner };
        }),
      };
    });

  return {
    years,
    pools: poolAllocations,
    byAdministration,
    grantedPerYear,
    grantedTotal: sum(grantedPerYear),
    cashFlowYears,
    cashFlow,
  };
}
