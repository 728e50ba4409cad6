import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { evaluateTable } from './evaluate.ts';
import { cell } from './fixtures/arbitraries.ts';
import { bc01, bc02, bc39, innovationOverview2026 } from './fixtures/seed-tables.ts';
import {
  convertAmount,
  convertPriceLevel,
  indexPointsOf,
  indexValueOf,
  type PriceIndex,
} from './price-level.ts';

// An index consistent with seed 000: its overview prints 2027 p/l tables at 2026 p/l, which
// pins 2026/2027 between 0,97275 and 0,97286. 10000/10280 = 0,97276.
const index: PriceIndex = { 2026: 10000, 2027: 10280 };

function oneCellTable(value: number, priceLevelYear: number | null = 2026): EconomicTable {
  return {
    priceLevelYear,
    years: [2026],
    rows: [{ label: 'r', section: 'lasting', area: 'service', values: [value as Kroner] }],
  };
}

describe('convertPriceLevel', () => {
  it('reproduces the seed 000 overview at 2026 p/l, where the printed total 4.951 is the sum before rounding', () => {
    const requested = [bc01, bc02, { ...bc39, table: { ...bc39.table, priceLevelYear: 2027 } }].map(
      ({ table }) => {
        const converted = convertPriceLevel(table, 2026, index);
        if (!converted.ok) throw new Error(converted.error.code);
        return evaluateTable(converted.value).requestedFromPool;
      },
    );
    const inThousands = requested.map((kr) => Math.round(kr / 1000));
    const { bc01: a, bc02: b, bc39: c, total } = innovationOverview2026;
    expect(inThousands).toEqual([a, b, c]);
    expect(Math.round(requested.reduce((x, y) => x + y, 0) / 1000)).toBe(total);
    // The overview's own rows add up to one more than its printed total.
    expect(a + b + c).toBe(total + 1);
  });

  it('rounds each cell half away from zero: 5 and -5 kroner at half the index are 3 and -3', () => {
    const half: PriceIndex = { 2026: 10000, 2020: 5000 };
    for (const [value, expected] of [
      [5, 3],
      [-5, -3],
    ]) {
      const result = convertPriceLevel(oneCellTable(value as number), 2020, half);
      expect(result.ok && result.value.rows[0]?.values).toEqual([expected]);
    }
  });

  it('sets the new price level and keeps empty cells empty', () => {
    const table: EconomicTable = {
      ...oneCellTable(1000, 2027),
      rows: [{ label: 'r', section: 'loan', area: 'service', values: [null, 1000 as Kroner] }],
    };
    const result = convertPriceLevel(table, 2026, index);
    expect(result.ok && result.value.priceLevelYear).toBe(2026);
    expect(result.ok && result.value.rows[0]?.values).toEqual([null, 973]);
  });

  it('names the year the index lacks instead of converting', () => {
    const result = convertPriceLevel(oneCellTable(1000, 2025), 2026, index);
    expect(result).toMatchObject({ ok: false, error: { code: 'index-year-missing', year: 2025 } });
  });

  it('refuses a table without a price level, and an index point that is 0 or fractional', () => {
    expect(convertPriceLevel(oneCellTable(1, null), 2026, index)).toMatchObject({
      ok: false,
      error: { code: 'price-level-missing' },
    });
    for (const points of [0, 102.5]) {
      expect(convertPriceLevel(oneCellTable(1), 2027, { 2026: 10000, 2027: points })).toMatchObject(
        { ok: false, error: { code: 'index-invalid', year: 2027 } },
      );
    }
  });

  it('names the cell whose converted amount would no longer be a whole number of kroner exactly', () => {
    const result = convertPriceLevel(oneCellTable(6e15), 2030, { 2026: 10000, 2030: 20000 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'amount-out-of-range', cell: { row: 0, column: 0 } },
    });
  });

  // Converting a to b and back is off by at most 0,5 * (1 + a/b) kroner before the final
  // rounding, which is below 2, hence at most 1 whole krone, while the indices differ by less
  // than a factor 3. Real p/l indices for a table's lifetime differ by a few percent.
  it('converts there and back to within one krone per cell for indices within a factor 3', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 5000, max: 14999 }),
        fc.integer({ min: 5000, max: 14999 }),
        (values, from, to) => {
          const table: EconomicTable = {
            priceLevelYear: 2026,
            years: values.map((_, i) => 2026 + i),
            rows: [{ label: 'r', section: 'lasting', area: 'service', values }],
          };
          const there = convertPriceLevel(table, 2030, { 2026: from, 2030: to });
          if (!there.ok) throw new Error(there.error.code);
          const back = convertPriceLevel(there.value, 2026, { 2026: from, 2030: to });
          if (!back.ok) throw new Error(back.error.code);
          back.value.rows[0]?.values.forEach((value, i) => {
            const original = values[i] ?? null;
            if (original === null) expect(value).toBeNull();
            else expect(Math.abs((value ?? NaN) - original)).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe('convertAmount', () => {
  it('converts one amount with the same rounding as a table cell', () => {
    expect(convertAmount(1_000_000 as Kroner, 2027, 2026, index)).toEqual({
      ok: true,
      value: 972_763,
    });
  });
});

describe('indexPointsOf', () => {
  it('reads an index with up to two decimals as hundredths, and back', () => {
    expect(indexPointsOf(121.35)).toBe(12135);
    expect(indexPointsOf(100)).toBe(10000);
    expect(indexValueOf(12474)).toBe(124.74);
  });

  it('refuses a third decimal, zero and negative indices instead of rounding them', () => {
    expect(indexPointsOf(121.355)).toBeNull();
    expect(indexPointsOf(0)).toBeNull();
    expect(indexPointsOf(-100)).toBeNull();
  });

  it('reads back every index it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (points) => {
        expect(indexPointsOf(indexValueOf(points))).toBe(points);
      }),
    );
  });
});
