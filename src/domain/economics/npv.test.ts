import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import { basisPoints, exactNetPresentValue, netPresentValue } from './npv.ts';

const kr = (values: number[]) => values as Kroner[];

describe('netPresentValue', () => {
  it('does not discount the first year column (year 0)', () => {
    expect(netPresentValue(kr([1_000_000]), basisPoints(350))).toBe(1_000_000);
  });

  it('discounts the second column by one year: 103.500 at 3.5 % is worth 100.000', () => {
    expect(netPresentValue(kr([-100_000, 103_500]), basisPoints(350))).toBe(0);
  });

  it('rounds the exact value half away from zero once, at the end', () => {
    // At 100 % one krone a year out is worth exactly half a krone.
    expect(netPresentValue(kr([0, 1]), basisPoints(10_000))).toBe(1);
    expect(netPresentValue(kr([0, -1]), basisPoints(10_000))).toBe(-1);
    // 1,5 + 0,75 = 2,25 rounds to 2; rounding each year first would give 2 + 1 = 3.
    expect(netPresentValue(kr([0, 3, 3]), basisPoints(10_000))).toBe(2);
  });

  it('at 0 % equals the plain sum of the years', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 30 }), (values) => {
        const sum = values.reduce((a, b) => a + b, 0);
        expect(netPresentValue(kr(values), basisPoints(0))).toBe(sum);
      }),
    );
  });
});

describe('netPresentValue against the exact fraction', () => {
  it('gives exactly the exact result for any series and rate, including exact half kroner', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e15, max: 1e15 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        (values, rate) => {
          const r = basisPoints(rate);
          expect(netPresentValue(kr(values), r)).toBe(exactNetPresentValue(kr(values), r));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('settles an exact half krone by the exact fraction, away from zero, at any size', () => {
    const full = basisPoints(10_000);
    expect(netPresentValue(kr([0, 3]), full)).toBe(2);
    expect(netPresentValue(kr([0, -3]), full)).toBe(-2);
    expect(netPresentValue(kr([1e15, 1]), full)).toBe(1e15 + 1);
  });
});

describe('basisPoints', () => {
  it('accepts 0 and 100000 (1000 %) and refuses a negative or fractional rate', () => {
    expect(basisPoints(0)).toBe(0);
    expect(basisPoints(100_000)).toBe(100_000);
    expect(() => basisPoints(-1)).toThrow(RangeError);
    expect(() => basisPoints(3.5)).toThrow(RangeError);
  });
});
