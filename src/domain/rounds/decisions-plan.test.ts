import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kroner, type Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import {
  apportion,
  askedPerYear,
  decidedTable,
  planMismatch,
  poolForKind,
} from './decisions-plan.ts';
import { isLaterRound } from './decisions-steps.ts';

const k = (values: (number | null)[]) => values.map((v) => (v === null ? null : kroner(v)));

/** Seed 000's LØFT in kroner: two implementation rows, savings from the third year. */
const table: EconomicTable = {
  priceLevelYear: 2026,
  years: [2026, 2027, 2028, 2029],
  rows: [
    {
      label: 'Effektivisering',
      section: 'lasting',
      area: 'service',
      values: k([0, 0, -3000000, -3000000]),
    },
    {
      label: 'Projektleder',
      section: 'implementation',
      area: 'service',
      values: k([1000000, 500000, null, null]),
    },
    {
      label: 'Udstyr',
      section: 'implementation',
      area: 'anlaeg',
      values: k([400000, 100001, null, null]),
    },
  ],
};
const granted = (pairs: [number, number][]) =>
  pairs.map(([year, amount]) => ({ year, amount: kroner(amount) }));

describe('what a proposal asks and what it is granted', () => {
  it('asks the pool for its implementation costs, year by year', () => {
    expect(askedPerYear(table)).toEqual(
      granted([
        [2026, 1400000],
        [2027, 600001],
        [2028, 0],
        [2029, 0],
      ]),
    );
  });

  it('keeps Tabel 1 exactly as it was when granted as asked', () => {
    expect(decidedTable(table, askedPerYear(table))).toEqual(table);
  });

  it('shares a lower grant over the rows in proportion to what each asked, to the krone', () => {
    const lower = decidedTable(
      table,
      granted([
        [2026, 1000000],
        [2027, 600001],
      ]),
    );
    expect(lower.rows[1]!.values).toEqual(k([714286, 500000, null, null]));
    expect(lower.rows[2]!.values).toEqual(k([285714, 100001, null, null]));
    expect(lower.rows[0]).toEqual(table.rows[0]);
    expect(
      planMismatch(
        lower,
        granted([
          [2026, 1000000],
          [2027, 600001],
        ]),
      ),
    ).toBeNull();
  });

  it('moves a grant to a later year, growing the table to hold it', () => {
    const later = decidedTable(
      table,
      granted([
        [2027, 1400000],
        [2030, 600001],
      ]),
    );
    expect(later.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(askedPerYear(later)).toEqual(
      granted([
        [2026, 0],
        [2027, 1400000],
        [2028, 0],
        [2029, 0],
        [2030, 600001],
      ]),
    );
    // The savings row is padded with an empty cell, not moved.
    expect(later.rows[0]!.values).toEqual(k([0, 0, -3000000, -3000000, null]));
  });

  it('names the first year where a plan does not hold what was granted', () => {
    expect(
      planMismatch(
        table,
        granted([
          [2026, 1400000],
          [2027, 600000],
        ]),
      ),
    ).toEqual({
      year: 2027,
      planned: 600001,
      granted: 600000,
    });
  });

  it('always shares out exactly the granted amount, whatever the rows asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (cells, total) => {
          const rows = cells.map((v, i) => ({
            label: `r${i}`,
            section: 'implementation' as const,
            area: 'service' as const,
            values: [kroner(v)],
          }));
          const decided = decidedTable(
            { priceLevelYear: 2026, years: [2026], rows },
            granted([[2026, total]]),
          );
          expect(askedPerYear(decided)[0]!.amount).toBe(total);
        },
      ),
    );
  });
});

describe('apportion', () => {
  it('gives the kroner left after flooring to the largest remainders, the first on a tie', () => {
    expect(apportion(kroner(10), [1n, 1n, 1n])).toEqual([4, 3, 3]);
    expect(apportion(kroner(-10), [1n, 1n, 1n])).toEqual([-4, -3, -3]);
    expect(apportion(kroner(5), [0n, 2n])).toEqual([0, 5] as Kroner[]);
  });
});

describe('pools and rounds', () => {
  const pools = [
    {
      key: 'total',
      name: 'Puljen',
      parentKey: null,
      kinds: ['investeringsforslag' as const],
      budgets: [],
    },
    {
      key: 'innovation',
      name: 'Innovation',
      parentKey: 'total',
      kinds: ['innovationsforslag' as const, 'foranalyse' as const],
      budgets: [],
    },
    {
      key: 'pre',
      name: 'Foranalyser',
      parentKey: 'innovation',
      kinds: ['foranalyse' as const],
      budgets: [],
    },
  ];

  it('draws a proposal on the innermost pool that lists its kind', () => {
    expect(poolForKind({ pools }, 'foranalyse')).toBe('pre');
    expect(poolForKind({ pools }, 'innovationsforslag')).toBe('innovation');
    expect(poolForKind({ pools }, 'investeringsforslag')).toBe('total');
    expect(poolForKind({ pools: [] }, 'investeringsforslag')).toBeNull();
  });

  it('postpones only to a later round: a later year, or a later decision date the same year', () => {
    const ofs = { id: 'ofs-2026', year: 2026, decisionOn: '2026-05-01' };
    expect(isLaterRound(ofs, { id: 'b-2027', year: 2027, decisionOn: null })).toBe(true);
    expect(isLaterRound(ofs, { id: 'b-2026', year: 2026, decisionOn: '2026-10-01' })).toBe(true);
    expect(isLaterRound(ofs, { id: 'ofs-2025', year: 2025, decisionOn: '2025-05-01' })).toBe(false);
    expect(isLaterRound(ofs, ofs)).toBe(false);
  });
});
