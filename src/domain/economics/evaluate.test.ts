import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { evaluateTable, type TableEvaluation } from './evaluate.ts';
import { table as anyTable } from './fixtures/arbitraries.ts';
import {
  bc01,
  bc02,
  bc39,
  dataSharing,
  loeft,
  tv01,
  type SeedTable,
} from './fixtures/seed-tables.ts';
import { seriesForLabel } from './labels.ts';

const thousands = (values: readonly number[]) => values.map((value) => value * 1000);

/** Checks every printed subtotal we derive; `notDerived` names the ones we cannot. */
function expectStatedTotalsReproduced({ table, stated }: SeedTable, notDerived: string[] = []) {
  const evaluation = evaluateTable(table);
  const skipped: string[] = [];
  for (const { label, values } of stated.totals) {
    const computed = seriesForLabel(evaluation, label);
    if (computed === null) {
      skipped.push(label);
      continue;
    }
    const printed = table.years.map((_, year) => values[year] ?? 0);
    expect(computed, label).toEqual(printed);
  }
  expect(skipped).toEqual(notDerived);
  return evaluation;
}

describe('evaluateTable on the real proposals in the seeds', () => {
  it('LØFT: every printed subtotal, cumulative 1.400, 6.500, 3.550, -11.300, payback 4 and 4', () => {
    const evaluation = expectStatedTotalsReproduced(loeft, ['Heraf nettoeffektivisering']);
    expect(evaluation.cumulative.slice(0, 4)).toEqual(thousands([1400, 6500, 3550, -11300]));
    expect(evaluation.payback).toEqual(loeft.stated.payback);
    expect(evaluation.totals.lasting.byArea.overfoersler).toEqual(
      thousands([0, 300, 600, 600, 600, 600]),
    );
  });

  it('TV01: exactly 0 in year 4 counts as paid back (cumulative 1.250, 2.200, 1.100, 0)', () => {
    const evaluation = expectStatedTotalsReproduced(tv01);
    expect(evaluation.cumulative.slice(0, 4)).toEqual(thousands([1250, 2200, 1100, 0]));
    expect(evaluation.payback).toEqual({ service: 4, total: 4 });
  });

  it('TV01: the service payback counts the Anlæg implementation costs (else it would be year 1)', () => {
    const evaluation = evaluateTable(tv01.table);
    expect(evaluation.totals.implementation.byArea.service).toEqual(thousands([0, 0, 0, 0, 0, 0]));
    expect(evaluation.serviceCumulative.slice(0, 4)).toEqual(thousands([1250, 2200, 1100, 0]));
  });

  it('data-sharing pre-analysis: the loan repayment is no implementation cost (1.200 as printed)', () => {
    const evaluation = expectStatedTotalsReproduced(dataSharing);
    expect(evaluation.totals.implementation.total).toEqual(thousands([1200, 0, 0, 0, 0, 0]));
    expect(evaluation.requestedFromPool).toBe(1_200_000);
    expect(evaluation.totals.loan.total).toEqual(thousands([0, -610, -610, 0, 0, 0]));
  });

  it('data-sharing pre-analysis: repaying the loan pays back in year 3, the stated three years', () => {
    const evaluation = evaluateTable(dataSharing.table);
    expect(evaluation.cumulative).toEqual(thousands([1200, 590, -20, -20, -20, -20]));
    expect(evaluation.payback).toEqual({ service: 3, total: 3 });
  });

  it('BC01, BC02, BC39: printed implementation totals; with no savings they never pay back', () => {
    for (const seed of [bc01, bc02, bc39]) {
      const evaluation = expectStatedTotalsReproduced(seed);
      expect(evaluation.payback).toEqual({ service: null, total: null });
    }
    expect(evaluateTable(bc02.table).requestedFromPool).toBe(2_045_000);
  });
});

describe('evaluateTable', () => {
  const cellAt = (t: EconomicTable, row: number, year: number) => t.rows[row]?.values[year] ?? 0;

  it('sums every subtotal and the impact from exactly the rows they cover', () => {
    fc.assert(
      fc.property(anyTable, (t) => {
        const evaluation = evaluateTable(t);
        t.years.forEach((_, year) => {
          const sumWhere = (keep: (i: number) => boolean) =>
            t.rows.reduce((sum, _row, i) => (keep(i) ? sum + cellAt(t, i, year) : sum), 0);
          for (const section of ['lasting', 'implementation', 'loan'] as const) {
            const totals = evaluation.totals[section];
            expect(totals.total[year]).toBe(sumWhere((i) => t.rows[i]?.section === section));
            for (const area of ['service', 'anlaeg', 'overfoersler', 'finans'] as const) {
              const inArea = (i: number) =>
                t.rows[i]?.section === section && t.rows[i]?.area === area;
              expect(totals.byArea[area][year]).toBe(sumWhere(inArea));
            }
          }
          expect(evaluation.impact[year]).toBe(sumWhere(() => true));
        });
      }),
    );
  });

  it('never pays back earlier when a saving is removed (set to 0 or left empty)', () => {
    const later = (a: number | null, b: number | null) => (b ?? Infinity) >= (a ?? Infinity);
    fc.assert(
      fc.property(anyTable, fc.nat(), fc.boolean(), (t, pick, toZero) => {
        const savings = t.rows.flatMap((row, r) =>
          row.section === 'lasting'
            ? row.values.flatMap((value, y) => (value !== null && value < 0 ? [[r, y]] : []))
            : [],
        );
        fc.pre(savings.length > 0);
        const [r, y] = savings[pick % savings.length] as [number, number];
        const rows = t.rows.map((row, i) =>
          i !== r ? row : { ...row, values: row.values.with(y, toZero ? (0 as Kroner) : null) },
        );
        const before: TableEvaluation = evaluateTable(t);
        const after = evaluateTable({ ...t, rows });
        expect(later(before.payback.total, after.payback.total)).toBe(true);
        expect(later(before.payback.service, after.payback.service)).toBe(true);
      }),
    );
  });

  it('refuses cells so large that a sum could stop being exact in whole kroner', () => {
    const huge = 5e15 as Kroner;
    const rows = [huge, huge].map((value) => ({
      label: 'stor',
      section: 'lasting' as const,
      area: 'service' as const,
      values: [value],
    }));
    expect(() => evaluateTable({ priceLevelYear: 2026, years: [2026], rows })).toThrow(RangeError);
    expect(() =>
      evaluateTable({ priceLevelYear: 2026, years: [2026], rows: rows.slice(1) }),
    ).not.toThrow();
  });
});
