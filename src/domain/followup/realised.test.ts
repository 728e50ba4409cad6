import { describe, expect, it } from 'vitest';
import { loeft, tv01 } from '../economics/fixtures/seed-tables.ts';
import type { Kroner } from '../money.ts';
import { comparePlan, type RealisedYear } from './realised.ts';
import {
  dateInCopenhagen,
  DEFAULT_FOLLOW_UP_SETTINGS,
  isDueDay,
  lagFlag,
  overdueFlags,
  realisationFlags,
  reportedSavings,
} from './realised-flags.ts';
import {
  portfolioSavings,
  realisedPercent,
  savingsByYear,
  savingsAtPriceLevel,
} from './realised-portfolio.ts';
import { likelyTable, realisationRatio, realismCheck } from './realised-realism.ts';

// The plan against what was realised, on TV01 and LØFT (seed 002, the demo's OFS 2024-2025
// proposals): TV01 on track, LØFT lagging on its § 107 places.

const k = (thousands: number | null) =>
  thousands === null ? null : (Math.round(thousands * 1000) as Kroner);
const year = (y: number, thousands: (number | null)[], comments: string[] = []): RealisedYear => ({
  year: y,
  amounts: thousands.map(k),
  comments,
});

// TV01's rows: operation, system ownership, time saved; four implementation rows.
const tv01Realised = [
  year(2025, [null, null, null, 1050, 150, null, 100]),
  year(2026, [250, 150, -760, 1000, 150, 150, null], ['', '', 'Flere samtykker end ventet']),
];
// LØFT's rows: six lasting (the § 107 saving last), five implementation.
const lofRow = (places: number) => [null, 300, 600, null, null, null, places];
const loeftRealised = [
  year(2025, [null, null, null, null, null, null, null, 400, 300, null, 150, 550]),
  year(
    2026,
    [...lofRow(-2500), 800, null, 100, 100, 8200],
    ['', '', '', '', '', '', 'Færre fraflytninger'],
  ),
];

describe('comparePlan', () => {
  it('TV01 2026: each row against the plan, the comment where it deviates, and the net saving', () => {
    const [y2025, y2026, y2027] = comparePlan(tv01.table, tv01Realised);
    expect(y2025!.planned).toEqual({ lasting: 0, implementation: 1_250_000, loan: 0, savings: 0 });
    expect(y2025!.realised).toEqual({ lasting: 0, implementation: 1_300_000, loan: 0, savings: 0 });
    expect(y2025!.rows[3]).toMatchObject({
      planned: 1_000_000,
      realised: 1_050_000,
      deviation: 50_000,
    });
    // A row left empty in a reported year is nothing realised: KIT planned nothing in 2026.
    expect(y2026!.rows[6]).toMatchObject({ planned: null, realised: null, deviation: 0 });
    expect(y2026!.rows[2]).toMatchObject({
      planned: -750_000,
      realised: -760_000,
      deviation: -10_000,
      comment: 'Flere samtykker end ventet',
    });
    expect(y2026!.planned.savings).toBe(350_000);
    expect(y2026!.realised!.savings).toBe(360_000);
    expect(y2027).toMatchObject({ reported: false, realised: null });
    expect(y2027!.rows[2]).toMatchObject({ planned: -1_500_000, realised: null, deviation: null });
  });
});

describe('lagFlag', () => {
  it('leaves TV01 unflagged: 360 realised against 350 promised in 2025-2026', () => {
    expect(lagFlag(tv01.table, tv01Realised, 10)).toBeNull();
  });

  it('flags LØFT: 1.600 realised against 4.100 promised, 2.500 behind', () => {
    expect(lagFlag(loeft.table, loeftRealised, 10)).toEqual({
      kind: 'lag',
      years: [2025, 2026],
      plannedSavings: 4_100_000,
      realisedSavings: 1_600_000,
      shortfall: 2_500_000,
    });
  });

  it('lets a shortfall of exactly the threshold pass and flags one krone more', () => {
    // 10 % of LØFT's 4.100 planned for 2026 is 410: 3.690 realised is on the line.
    const at = (places: number) => [year(2026, [...lofRow(places)])];
    expect(lagFlag(loeft.table, at(-4590), 10)).toBeNull();
    const flagged = lagFlag(loeft.table, [year(2026, [...lofRow(-4589.999)])], 10);
    expect(flagged).toMatchObject({ shortfall: 410_001 });
  });

  it('flags nothing where no saving was planned in the reported years', () => {
    expect(lagFlag(tv01.table, [tv01Realised[0]!], 0)).toBeNull();
  });
});

describe('reportedSavings', () => {
  it('sums LØFT’s planned and realised savings over the years reported, flagged or not', () => {
    expect(reportedSavings(loeft.table, loeftRealised)).toEqual({
      years: [2025, 2026],
      planned: 4_100_000,
      realised: 1_600_000,
    });
    expect(reportedSavings(tv01.table, tv01Realised)).toEqual({
      years: [2025, 2026],
      planned: 350_000,
      realised: 360_000,
    });
  });

  it('is nothing over nothing before the first report', () => {
    expect(reportedSavings(tv01.table, [])).toEqual({ years: [], planned: 0, realised: 0 });
  });
});

describe('realisedPercent', () => {
  it('rounds to one decimal half away from zero: 1.600 of 4.100 is 39,0 %, 500 of 1.100,5 is 45,4 %', () => {
    expect(realisedPercent(1_600_000 as Kroner, 4_100_000 as Kroner)).toBe(39);
    expect(realisedPercent(500_000 as Kroner, 1_100_500 as Kroner)).toBe(45.4);
    // 1 of 16 is 6,25 %: the half rounds away from zero, either way.
    expect(realisedPercent(1 as Kroner, 16 as Kroner)).toBe(6.3);
    expect(realisedPercent(-1 as Kroner, 16 as Kroner)).toBe(-6.3);
  });

  it('says nothing where nothing above zero was promised', () => {
    expect(realisedPercent(100 as Kroner, 0 as Kroner)).toBeNull();
    expect(realisedPercent(100 as Kroner, -5 as Kroner)).toBeNull();
  });
});

describe('overdueFlags on Copenhagen calendar dates', () => {
  const due = (month: number, day: number) => ({
    ...DEFAULT_FOLLOW_UP_SETTINGS,
    reportDueMonth: month,
    reportDueDay: day,
  });
  const overdueOn = (instant: string, settings = DEFAULT_FOLLOW_UP_SETTINGS) =>
    overdueFlags(
      tv01.table,
      'in_implementation',
      [],
      settings,
      dateInCopenhagen(new Date(instant)),
    ).map((f) => `${f.year}:${f.daysOverdue}`);

  it('has 2025 due on 1 March 2026: not the day before, not all of that day, from the day after', () => {
    expect(overdueOn('2026-02-28T12:00:00Z')).toEqual([]);
    expect(overdueOn('2026-03-01T22:59:59Z')).toEqual([]); // 23:59:59 in Copenhagen (CET)
    expect(overdueOn('2026-03-01T23:00:00Z')).toEqual(['2025:1']); // midnight, 2 March
  });

  it('holds the due day across the change to summer time (28 March 2027, 23 hours long)', () => {
    const settings = due(3, 28);
    expect(overdueOn('2027-03-27T22:59:59Z', settings)).toEqual(['2025:364']); // 27 March, CET
    expect(overdueOn('2027-03-27T23:00:00Z', settings)).toEqual(['2025:365']); // the day, 00:00
    expect(overdueOn('2027-03-28T21:59:59Z', settings)).toEqual(['2025:365']); // 23:59:59 CEST
    expect(overdueOn('2027-03-28T22:00:00Z', settings)).toEqual(['2025:366', '2026:1']);
  });

  it('holds the due day across the change back to winter time (31 October 2027, 25 hours long)', () => {
    const settings = due(10, 31);
    // 22:30 UTC is 23:30 in winter time: still 31 October, though it would be 1 November in summer time.
    expect(overdueOn('2027-10-31T22:30:00Z', settings)).toEqual(['2025:365']);
    expect(overdueOn('2027-10-31T22:59:59Z', settings)).toEqual(['2025:365']);
    expect(overdueOn('2027-10-31T23:00:00Z', settings)).toEqual(['2025:366', '2026:1']);
  });

  it('asks no report of a year with nothing planned, a reported year, or a closed proposal', () => {
    const today = '2031-06-01';
    const years = (status: 'in_implementation' | 'closed', realised: RealisedYear[]) =>
      overdueFlags(tv01.table, status, realised, DEFAULT_FOLLOW_UP_SETTINGS, today).map(
        (f) => f.year,
      );
    expect(years('in_implementation', tv01Realised)).toEqual([2027, 2028, 2029, 2030]);
    expect(years('closed', [])).toEqual([]);
  });

  it('takes 29 February as no due day, since not every year has one', () => {
    expect(isDueDay(2, 29)).toBe(false);
    expect(isDueDay(2, 28)).toBe(true);
    expect(isDueDay(13, 1)).toBe(false);
  });

  it('lists the lag before the overdue years', () => {
    const flags = realisationFlags(
      loeft.table,
      'in_implementation',
      loeftRealised,
      DEFAULT_FOLLOW_UP_SETTINGS,
      '2028-03-02',
    );
    expect(flags.map((f) => (f.kind === 'lag' ? 'lag' : f.year))).toEqual(['lag', 2027]);
  });
});

describe('portfolioSavings', () => {
  const tv = savingsByYear(tv01.table, tv01Realised);
  const lo = savingsByYear(loeft.table, loeftRealised);

  it('sums promised and realised savings per year, for the portfolio and per forvaltning', () => {
    const result = portfolioSavings(
      [
        { proposalId: 'tv01', administration: 'SOF', poolKey: 'investering', savings: tv },
        { proposalId: 'loeft', administration: 'SUF', poolKey: 'investering', savings: lo },
      ],
      [
        { administration: null, year: 2026, amount: k(5000)! },
        { administration: 'SUF', year: 2027, amount: k(4000)! },
      ],
    );
    expect(result.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(result.portfolio[1]).toEqual({
      year: 2026,
      planned: 4_450_000,
      realised: 1_960_000,
      plannedReported: 4_450_000,
      reported: 2,
      proposals: 2,
      target: 5_000_000,
    });
    expect(result.portfolio[2]).toMatchObject({ planned: 4_950_000, realised: 0, reported: 0 });
    expect(result.byAdministration.map((a) => a.administration)).toEqual(['SOF', 'SUF']);
    expect(result.byAdministration[1]!.years[2]).toMatchObject({
      planned: 3_850_000,
      target: 4_000_000,
    });
    expect(result.byPool).toHaveLength(1);
    expect(result.byPool[0]!.years[1]!.realised).toBe(1_960_000);
  });

  it('brings savings to another price level by the index, rounded per amount', () => {
    const converted = savingsAtPriceLevel(tv, 2026, 2025, { 2025: 10000, 2026: 10300 });
    expect(converted.ok && converted.value[1]).toEqual({
      year: 2026,
      planned: 339_806, // 350.000 × 100 / 103 = 339.805,8
      realised: 349_515, // 360.000 × 100 / 103 = 349.514,6
    });
    const missing = savingsAtPriceLevel(tv, 2026, 2019, { 2026: 10300 });
    expect(missing.ok).toBe(false);
  });
});

describe('realism check', () => {
  const histories = [
    {
      proposalId: 'tv01',
      administration: 'SOF',
      kind: 'investeringsforslag' as const,
      savings: savingsByYear(tv01.table, tv01Realised),
    },
    {
      proposalId: 'loeft',
      administration: 'SOF',
      kind: 'investeringsforslag' as const,
      savings: savingsByYear(loeft.table, loeftRealised),
    },
  ];

  it('rests on the forvaltning and kind first, then the kind, then all, saying on how many', () => {
    expect(realisationRatio(histories, 'SOF', 'investeringsforslag')).toEqual({
      basis: 'administration-kind',
      administration: 'SOF',
      kind: 'investeringsforslag',
      realised: 1_960_000,
      promised: 4_450_000,
      proposals: 2,
    });
    expect(realisationRatio(histories, 'BIF', 'investeringsforslag')).toMatchObject({
      basis: 'kind',
      proposals: 2,
    });
    expect(realisationRatio(histories, 'BIF', 'foranalyse')).toMatchObject({
      basis: 'all',
      kind: null,
    });
    expect(realisationRatio([], 'SOF', 'foranalyse')).toBeNull();
  });

  it('scales TV01 by 1.960/4.450: its savings shrink and it no longer pays back in six years', () => {
    const ratio = realisationRatio(histories, 'SOF', 'investeringsforslag')!;
    const likely = likelyTable(tv01.table, ratio);
    // 250.000 × 1.960 / 4.450 = 110.112,36; -750.000 → -330.337,08.
    expect(likely.rows[0]!.values[1]).toBe(110_112);
    expect(likely.rows[2]!.values[1]).toBe(-330_337);
    expect(likely.rows[3]).toBe(tv01.table.rows[3]);
    const check = realismCheck(tv01.table, ratio);
    expect(check.promisedSavings).toEqual([0, 350_000, 1_100_000, 1_100_000, 1_100_000, 1_100_000]);
    expect(check.likelySavings).toEqual([0, 154_158, 484_495, 484_495, 484_495, 484_495]);
    expect(check.payback).toEqual({ promised: 4, likely: null });
  });
});
