import { describe, expect, it } from 'vitest';
import { udSi01Loeft } from '../../server/demo/proposals/ud-si01-loeft.ts';
import { tv01DigitaltSamtykke } from '../../server/demo/proposals/tv01-digitalt-samtykke.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import {
  defaultFramesLevel,
  frameChanges,
  frameYears,
  lastingChangeIn,
  plansAtPriceLevel,
  type FramePlan,
} from './frames.ts';

const kr = (thousands: number) => kroner(thousands * 1000);

const table: EconomicTable = {
  priceLevelYear: 2026,
  years: [2026, 2027, 2028],
  rows: [
    {
      label: 'Effektivisering',
      section: 'lasting',
      area: 'service',
      values: [null, kr(-500), kr(-1000)],
    },
    { label: 'Drift', section: 'lasting', area: 'service', values: [null, kr(100), kr(100)] },
    { label: 'Anlæg', section: 'lasting', area: 'anlaeg', values: [null, null, kr(-50)] },
    { label: 'Projekt', section: 'implementation', area: 'service', values: [kr(900), null, null] },
  ],
};
const plan = (administration: string, t: EconomicTable = table): FramePlan => ({
  proposalId: `${administration}-1`,
  code: null,
  title: `Forslag i ${administration}`,
  administration,
  table: t,
});

describe('a lasting change in the frame', () => {
  it('is nothing before the year it takes effect, the net of its rows from then, and lasts', () => {
    const years = [2025, 2026, 2027, 2028, 2029, 2030];
    expect(years.map((y) => lastingChangeIn(table, 'service', y))).toEqual(
      [0, 0, -400, -900, -900, -900].map(kr),
    );
    expect(years.map((y) => lastingChangeIn(table, 'anlaeg', y))).toEqual(
      [0, 0, 0, -50, -50, -50].map(kr),
    );
  });

  it('leaves implementation costs out: the pool pays them, not the frame', () => {
    expect(lastingChangeIn(table, 'service', 2026)).toBe(0);
  });
});

describe('the frames per forvaltning and year', () => {
  it('sums per styringsområde, per forvaltning and in all, naming the proposals behind them', () => {
    const frames = frameChanges([plan('SOF'), plan('BIF'), plan('SOF')], [2027, 2028, 2029]);
    expect(frames.administrations.map((a) => a.administration)).toEqual(['BIF', 'SOF']);
    const sof = frames.administrations[1]!;
    expect(sof.areas).toEqual([
      { area: 'service', values: [-800, -1800, -1800].map(kr) },
      { area: 'anlaeg', values: [0, -100, -100].map(kr) },
    ]);
    expect(sof.total).toEqual([-800, -1900, -1900].map(kr));
    expect(sof.proposals.map((p) => [p.area, p.fromYear])).toEqual([
      ['service', 2027],
      ['anlaeg', 2028],
      ['service', 2027],
      ['anlaeg', 2028],
    ]);
    expect(frames.total).toEqual([-1200, -2850, -2850].map(kr));
  });

  it('spans the plans’ years when no years are asked for', () => {
    expect(frameYears([plan('SOF'), plan('BIF', { ...table, years: [2029, 2030, 2031] })])).toEqual(
      [2026, 2027, 2028, 2029, 2030, 2031],
    );
  });

  it('takes LØFT’s and TV01’s lasting changes out of SOF’s frame, lasting past 2030', () => {
    const plans = [udSi01Loeft, tv01DigitaltSamtykke].map((input) => {
      const content = proposalContentInput.parse(input);
      return { ...plan('SOF', content.economy), title: content.title };
    });
    const frames = frameChanges(plans, [2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    const sof = frames.administrations[0]!;
    // LØFT service: 600 - 5.000 in 2026, then 12.250 of running costs against the § 107 savings.
    expect(sof.areas).toEqual([
      { area: 'service', values: [0, -4750, -5550, -16650, -22200, -22200, -22200].map(kr) },
      { area: 'overfoersler', values: [0, 300, 600, 600, 600, 600, 600].map(kr) },
    ]);
    expect(sof.total).toEqual([0, -4450, -4950, -16050, -21600, -21600, -21600].map(kr));
    expect(sof.proposals.map((p) => [p.title.slice(0, 10), p.area, p.fromYear])).toEqual([
      [plans[0]!.title.slice(0, 10), 'service', 2026],
      [plans[0]!.title.slice(0, 10), 'overfoersler', 2026],
      [plans[1]!.title.slice(0, 10), 'service', 2026],
    ]);
  });
});

describe('the plans at one price level', () => {
  // 2026 to 2027 is 124,74 / 121,35; the index has no 2019 and no 2030.
  const index = { 2026: 12135, 2027: 12474 };
  const at = (administration: string, priceLevelYear: number | null, t = table) =>
    plan(administration, { ...t, priceLevelYear });

  it('converts the plans the index can and sets aside one whose own year it lacks, saying which', () => {
    const result = plansAtPriceLevel(
      [at('SOF', 2026), at('BIF', 2019), at('KFF', 2027)],
      2027,
      index,
    );
    expect(result.converted.map((p) => [p.administration, p.table.priceLevelYear])).toEqual([
      ['SOF', 2027],
      ['KFF', 2027],
    ]);
    // -1.000.000 kr. at 2026 p/l is -1.027.936 kr. at 2027 p/l (half away from zero).
    expect(result.converted[0]!.table.rows[0]!.values[2]).toBe(-1_027_936);
    expect(result.unconverted).toMatchObject([
      { plan: { administration: 'BIF' }, reason: 'index-year-missing', indexYear: 2019 },
    ]);
    expect(result.levelError).toBeNull();
  });

  it('keeps a table without a price level as it is, since it cannot be converted', () => {
    const result = plansAtPriceLevel([at('SOF', null)], 2027, index);
    expect(result.converted[0]!.table).toEqual(at('SOF', null).table);
    expect(result.unconverted).toEqual([]);
  });

  it('leaves out silently a plan that changes no frame: the frames are whole without it', () => {
    const implementationOnly = { ...table, rows: table.rows.slice(3) };
    const result = plansAtPriceLevel([at('SOF', 2019, implementationOnly)], 2027, index);
    expect(result).toEqual({ converted: [], unconverted: [], levelError: null });
  });

  it('names an amount that outgrows whole kroner, with no index year to blame', () => {
    const huge = {
      ...table,
      rows: [{ ...table.rows[0]!, values: [null, null, kroner(Number.MAX_SAFE_INTEGER)] }],
    };
    const result = plansAtPriceLevel([at('SOF', 2026, huge)], 2027, index);
    expect(result.unconverted).toMatchObject([{ reason: 'amount-out-of-range', indexYear: null }]);
  });

  it('says the level itself is unusable only when a plan had to be converted to it', () => {
    const missing = plansAtPriceLevel([at('SOF', 2026), at('BIF', 2030)], 2030, index);
    expect(missing.levelError).toMatchObject({ code: 'index-year-missing', year: 2030 });
    expect(missing.converted.map((p) => p.administration)).toEqual(['BIF']);
    expect(missing.unconverted).toMatchObject([{ reason: 'index-year-missing', indexYear: 2030 }]);
    expect(plansAtPriceLevel([at('BIF', 2030)], 2030, index).levelError).toBeNull();
  });
});

describe('the frames’ price level when none is asked for', () => {
  const index = { 2026: 12135, 2027: 12474 };
  const levels = (...years: (number | null)[]) =>
    years.map((y) => plan('SOF', { ...table, priceLevelYear: y }));

  it('is the newest of the plans’ levels the index holds, not a newer one it lacks', () => {
    expect(defaultFramesLevel(levels(2026, 2028, null), index, 2031)).toBe(2026);
    expect(defaultFramesLevel(levels(2026, 2027), index, 2031)).toBe(2027);
  });

  it('is the newest level when the index holds none of them, and this year without plans', () => {
    expect(defaultFramesLevel(levels(2019, 2028), index, 2031)).toBe(2028);
    expect(defaultFramesLevel(levels(null), index, 2031)).toBe(2031);
  });
});
