import { describe, expect, it } from 'vitest';
import { udSi01Loeft } from '../../server/demo/proposals/ud-si01-loeft.ts';
import { tv01DigitaltSamtykke } from '../../server/demo/proposals/tv01-digitalt-samtykke.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { frameChanges, frameYears, lastingChangeIn, type FramePlan } from './frames.ts';

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
