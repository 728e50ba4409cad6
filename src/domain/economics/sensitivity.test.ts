import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import type { EconomicRow, EconomicTable } from '../proposal.ts';
import { evaluateTable } from './evaluate.ts';
import { table as anyTable } from './fixtures/arbitraries.ts';
import { tv01 } from './fixtures/seed-tables.ts';
import { applySensitivity, sensitivity } from './sensitivity.ts';

function oneRow(section: EconomicRow['section'], values: (number | null)[]): EconomicTable {
  return {
    priceLevelYear: 2026,
    years: values.map((_, i) => 2026 + i),
    rows: [{ label: 'r', section, area: 'service', values: values as (Kroner | null)[] }],
  };
}

const valuesOf = (t: EconomicTable) => t.rows[0]?.values;

describe('applySensitivity', () => {
  it('leaves the table as it is at 0 % and 0 years', () => {
    expect(applySensitivity(tv01.table, { savingsReductionPercent: 0, delayYears: 0 })).toEqual(
      tv01.table,
    );
  });

  it('reduces only negative lasting cells, rounding half away from zero (-5 at 50 % is -3)', () => {
    const scenario = { savingsReductionPercent: 50, delayYears: 0 };
    expect(valuesOf(applySensitivity(oneRow('lasting', [-5, 8, null, -1000]), scenario))).toEqual([
      -3,
      8,
      null,
      -500,
    ]);
    expect(valuesOf(applySensitivity(oneRow('implementation', [-5, 8]), scenario))).toEqual([
      -5, 8,
    ]);
  });

  it('removes every saving at 100 %', () => {
    const scenario = { savingsReductionPercent: 100, delayYears: 0 };
    expect(valuesOf(applySensitivity(oneRow('lasting', [-7, 3]), scenario))).toEqual([0, 3]);
  });

  it('moves savings right; one pushed past the last year drops out, costs stay put', () => {
    const scenario = { savingsReductionPercent: 0, delayYears: 1 };
    const delayed = applySensitivity(oneRow('lasting', [-10, 4, -20, -30]), scenario);
    expect(valuesOf(delayed)).toEqual([null, -6, null, -20]);
  });

  it('refuses a reduction outside 0-100 % or a negative or fractional delay', () => {
    const t = tv01.table;
    expect(() => applySensitivity(t, { savingsReductionPercent: 101, delayYears: 0 })).toThrow(
      RangeError,
    );
    expect(() => applySensitivity(t, { savingsReductionPercent: 0, delayYears: -1 })).toThrow(
      RangeError,
    );
    expect(() => applySensitivity(t, { savingsReductionPercent: 0, delayYears: 0.5 })).toThrow(
      RangeError,
    );
  });
});

describe('sensitivity', () => {
  it('TV01 pays back in year 5 with 20 % lower savings, and in year 6 one year late', () => {
    expect(sensitivity(tv01.table, { savingsReductionPercent: 20, delayYears: 0 }).payback).toEqual(
      { service: 5, total: 5 },
    );
    expect(sensitivity(tv01.table, { savingsReductionPercent: 0, delayYears: 1 }).payback).toEqual({
      service: 6,
      total: 6,
    });
  });

  it('never pays back earlier than the table itself', () => {
    const later = (a: number | null, b: number | null) => (b ?? Infinity) >= (a ?? Infinity);
    fc.assert(
      fc.property(
        anyTable,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 3 }),
        (t, savingsReductionPercent, delayYears) => {
          const base = evaluateTable(t).payback;
          const stressed = sensitivity(t, { savingsReductionPercent, delayYears }).payback;
          expect(later(base.total, stressed.total)).toBe(true);
          expect(later(base.service, stressed.service)).toBe(true);
        },
      ),
    );
  });
});
