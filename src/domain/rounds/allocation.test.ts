import { describe, expect, it } from 'vitest';
import { kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { allocate, type AllocatedPlan } from './allocation.ts';
import type { Pool } from './rules.ts';

const budget = (year: number, amount: number) => ({
  year,
  amount: kroner(amount),
  serviceLimit: null,
  anlaegLimit: null,
});

// SPEC.md section 3's 2026 pools, one year: 375 = 360 + 15, of which 4 for pre-analyses.
const pools: Pool[] = [
  {
    key: 'total',
    name: 'Puljen',
    parentKey: null,
    kinds: [],
    budgets: [budget(2026, 375_000_000)],
  },
  {
    key: 'investment',
    name: 'Investering',
    parentKey: 'total',
    kinds: ['investeringsforslag'],
    budgets: [budget(2026, 360_000_000)],
  },
  {
    key: 'innovation',
    name: 'Innovation',
    parentKey: 'total',
    kinds: ['innovationsforslag'],
    budgets: [budget(2026, 15_000_000)],
  },
  {
    key: 'pre',
    name: 'Foranalyser',
    parentKey: 'innovation',
    kinds: ['foranalyse'],
    budgets: [budget(2026, 4_000_000)],
  },
];

const table = (savings: number[]): EconomicTable => ({
  priceLevelYear: 2026,
  years: [2026, 2027],
  rows: [
    { label: 'Effektivisering', section: 'lasting', area: 'service', values: savings.map(kroner) },
  ],
});

const plan = (
  id: string,
  administration: string,
  poolKey: string,
  granted: [number, number][],
  savings = [0, 0],
): AllocatedPlan => ({
  proposalId: id,
  code: id,
  title: id,
  administration,
  poolKey,
  granted: granted.map(([year, amount]) => ({ year, amount: kroner(amount) })),
  table: table(savings),
});

describe('allocation of a decided round', () => {
  const plans = [
    plan('BC01', 'SOF', 'innovation', [[2026, 1_017_000]], [0, -500_000]),
    plan('BC02', 'BIF', 'pre', [[2026, 999_999]]),
    plan(
      'BC39',
      'SOF',
      'innovation',
      [
        [2026, 1_946_000],
        [2027, 1_000],
      ],
      [-100, -2_000_000],
    ),
  ];
  const allocation = allocate({ pools }, plans);
  const pool = (key: string) => allocation.pools.find((p) => p.key === key)!;

  it('leaves in a pool its budget less what it and the pools inside it granted, to the krone', () => {
    expect(pool('pre').years[0]).toEqual({
      year: 2026,
      budget: 4_000_000,
      granted: 999_999,
      remaining: 3_000_001,
    });
    expect(pool('innovation').years[0]!.remaining).toBe(
      15_000_000 - 1_017_000 - 999_999 - 1_946_000,
    );
    expect(pool('total').years[0]!.granted).toBe(3_962_999);
    expect(pool('investment').years[0]!.remaining).toBe(360_000_000);
  });

  it('shows a year granted beyond the budgets with no budget and nothing left to compare', () => {
    expect(allocation.years).toEqual([2026, 2027]);
    expect(pool('innovation').years[1]).toEqual({
      year: 2027,
      budget: null,
      granted: 1_000,
      remaining: null,
    });
    expect(pool('innovation').grantedTotal).toBe(3_963_999);
  });

  it('sums the grants per forvaltning and pool, and in total', () => {
    expect(allocation.byAdministration).toEqual([
      { administration: 'BIF', poolKey: 'pre', perYear: [999_999, 0], total: 999_999 },
      {
        administration: 'SOF',
        poolKey: 'innovation',
        perYear: [2_963_000, 1_000],
        total: 2_964_000,
      },
    ]);
    expect(allocation.grantedPerYear).toEqual([3_962_999, 1_000]);
    expect(allocation.grantedTotal).toBe(3_963_999);
  });

  it('shows a pool exceeded as a negative remainder', () => {
    const over = allocate({ pools }, [plan('X', 'SOF', 'pre', [[2026, 4_000_001]])]);
    expect(over.pools.find((p) => p.key === 'pre')!.remainingTotal).toBe(-1);
  });

  it('sets what each pool pays out against what its proposals’ savings return, year by year', () => {
    const innovation = allocation.cashFlow.find((c) => c.poolKey === 'innovation')!;
    expect(innovation.years).toEqual([
      { year: 2026, payout: 2_963_000, savings: 100, net: -2_962_900, cumulativeNet: -2_962_900 },
      { year: 2027, payout: 1_000, savings: 2_500_000, net: 2_499_000, cumulativeNet: -463_900 },
    ]);
    // A plan counts in the pool it was granted from only, not again in the pools around it.
    expect(allocation.cashFlow.map((c) => c.poolKey)).toEqual(['innovation', 'pre']);
  });

  it('keeps a grant from a pool the rules no longer name, under that pool without a budget', () => {
    const orphan = allocate({ pools }, [plan('X', 'SOF', 'gone', [[2026, 5]])]);
    expect(orphan.pools.at(-1)).toMatchObject({ key: 'gone', budgetTotal: null, grantedTotal: 5 });
  });
});
