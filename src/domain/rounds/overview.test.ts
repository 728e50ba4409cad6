import { describe, expect, it } from 'vitest';
import {
  demoContent,
  demoIndex as index,
  demoInRound as fromDemo,
  demoRules,
} from '../../documents/test-support/demo.ts';
import { kroner, type Kroner } from '../money.ts';
import type { EconomicTable, ProposalKind, ProposalStatus } from '../proposal.ts';
import { liveOverview, wholeThousands, type OverviewProposal } from './overview.ts';
import type { RoundRules } from './rules.ts';

const ofs2026: RoundRules = { ...demoRules('ofs-2025-2026'), version: 3, reason: 'Rettet loft' };

const asking = (
  code: string,
  amounts: [number, number],
  {
    kind = 'innovationsforslag',
    committee = 'BIU',
    administration = 'BIF',
    status = 'submitted',
  }: {
    kind?: ProposalKind;
    committee?: string | null;
    administration?: string | null;
    status?: ProposalStatus;
  } = {},
): OverviewProposal => {
  const economy: EconomicTable = {
    priceLevelYear: 2026,
    years: [2026, 2027],
    rows: [
      {
        label: 'Projekt',
        section: 'implementation',
        area: 'service',
        values: amounts.map((a) => kroner(a)),
      },
      { label: 'Gevinst', section: 'lasting', area: 'service', values: [null, kroner(-9_000)] },
    ],
  };
  return { proposalId: code, code, title: code, kind, status, committee, administration, economy };
};

const level = { year: 2026, index };

describe('the live round overview', () => {
  it('reproduces seed 000 at 2026 p/l and carries its rounding difference (4.952 printed rows, 4.951 printed total)', () => {
    const overview = liveOverview(
      ['BC01', 'BC02', 'BC39'].map((c) => fromDemo(c)),
      level,
      ofs2026,
    );
    const entries = overview.committees.flatMap((c) => c.administrations.flatMap((a) => a.entries));
    expect(entries.map((e) => [e.code, e.printed.total])).toEqual([
      ['BC01', 1017],
      ['BC02', 1989],
      ['BC39', 1946],
    ]);
    expect(overview.sum.printed.total).toBe(4951);
    expect(entries.reduce((sum, e) => sum + e.printed.total, 0)).toBe(4952);
    expect(overview.sum.roundingDifference.total).toBe(1);
    expect(overview.sum.total).toBe(4_951_671);
    expect(overview.sum.printed.perYear.slice(0, 3)).toEqual([2033, 2383, 535]);
    expect(overview.rulesVersion).toBe(3);
  });

  it('checks the cap at the round’s price level: BC02 asks 2.045 at its own 2027 p/l, 1.989 at 2026 p/l, under the 2.000 cap', () => {
    const own = demoContent('BC02').economy;
    expect(own.priceLevelYear).toBe(2027);
    const overview = liveOverview([fromDemo('BC02')], level, ofs2026);
    const [entry] = overview.committees[0]!.administrations[0]!.entries;
    expect(entry).toMatchObject({ cap: 2_000_000, overCap: false, notConverted: null });
    expect(entry!.printed.total).toBe(1989);
    const over = liveOverview([asking('X', [1_500_000, 600_000])], level, ofs2026);
    expect(over.committees[0]!.administrations[0]!.entries[0]!.overCap).toBe(true);
  });

  it('groups by committee, then forvaltning, with codes in numeric order and the unnamed last', () => {
    const overview = liveOverview(
      [
        asking('BC10', [1_000, 0], { committee: 'ØU', administration: 'KFF' }),
        asking('BC2', [2_000, 0], { committee: 'ØU', administration: 'KFF' }),
        asking('BC3', [4_000, 0], { committee: 'ØU', administration: 'BIF' }),
        asking('BC4', [8_000, 0], { committee: null, administration: null }),
        asking('BC1', [16_000, 0], { committee: 'BIU', administration: 'BIF' }),
      ],
      level,
      ofs2026,
    );
    expect(
      overview.committees.map((c) => [
        c.committee,
        c.administrations.map((a) => [a.administration, a.entries.map((e) => e.code)]),
        c.sum.total,
      ]),
    ).toEqual([
      ['BIU', [['BIF', ['BC1']]], 16_000],
      [
        'ØU',
        [
          ['BIF', ['BC3']],
          ['KFF', ['BC2', 'BC10']],
        ],
        7_000,
      ],
      [null, [[null, ['BC4']]], 8_000],
    ]);
    expect(overview.sum.total).toBe(31_000);
  });

  it('lists only what came in: drafts and proposals on their way are not yet in the overview', () => {
    const overview = liveOverview(
      [
        asking('A', [1_000, 0], { status: 'draft' }),
        asking('B', [2_000, 0], { status: 'in_hearing' }),
        asking('C', [4_000, 0], { status: 'submitted' }),
        asking('D', [8_000, 0], { status: 'granted' }),
      ],
      level,
      ofs2026,
    );
    expect(overview.sum.total).toBe(12_000);
  });

  it('shows what is left in each nested pool per year, and marks the pool and year that are exceeded', () => {
    const overview = liveOverview(
      [
        asking('BC1', [9_000_000, 1_000_000]),
        asking('BC2', [7_000_000, 0]),
        asking('BC3', [1_000_000, 0], { status: 'rejected' }),
        asking('F1', [3_000_000, 0], { kind: 'foranalyse' }),
      ],
      level,
      ofs2026,
    );
    const pool = (key: string) => overview.pools.find((p) => p.key === key)!;
    const year2026 = (key: string) => pool(key).years.find((y) => y.year === 2026)!;
    // The innovation pool of 15 mio. pays 9 + 7 and the 3 of its pre-analysis pool: 19 asked.
    expect(year2026('innovation')).toMatchObject({ budget: 15_000_000, granted: 19_000_000 });
    expect(year2026('innovation').remaining).toBe(-4_000_000);
    expect(year2026('foranalyse').remaining).toBe(1_000_000);
    expect(year2026('puljer').remaining).toBe(356_000_000);
    expect(overview.exceeded).toEqual([{ poolKey: 'innovation', year: 2026, over: 4_000_000 }]);
    // The rejected proposal is listed, and draws nothing.
    expect(overview.sum.total).toBe(21_000_000);
  });

  it('puts the asked amounts in the overview’s years, from the pools’ first year to the last asked', () => {
    const overview = liveOverview([asking('BC1', [1_000, 2_000])], level, ofs2026);
    expect(overview.years).toEqual([2026, 2027, 2028, 2029]);
    expect(overview.sum.perYear).toEqual([1_000, 2_000, 0, 0]);
  });

  it('keeps a proposal in its own price level, and says why, when it cannot be converted', () => {
    const noLevel = asking('BC1', [1_000, 0]);
    noLevel.economy = { ...noLevel.economy, priceLevelYear: null };
    const overview = liveOverview([noLevel], level, null);
    const entry = overview.committees[0]!.administrations[0]!.entries[0]!;
    expect(entry.notConverted).toEqual({ code: 'price-level-missing' });
    expect(entry).toMatchObject({ total: 1_000, cap: null, overCap: false, poolKey: null });
    expect(overview.rulesVersion).toBeNull();
  });
});

describe('whole thousands as the municipality prints them', () => {
  it('rounds half away from zero', () => {
    const cases: [number, number][] = [
      [1_016_601, 1017],
      [1_499, 1],
      [1_500, 2],
      [-1_500, -2],
      [-1_499, -1],
      [499, 0],
      [0, 0],
    ];
    expect(cases.map(([kr]) => wholeThousands(kr as Kroner))).toEqual(cases.map(([, t]) => t));
  });
});
