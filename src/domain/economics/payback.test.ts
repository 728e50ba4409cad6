import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import { cumulativeSum, paybackYear } from './payback.ts';

const kr = (values: (number | null)[]) => values as (Kroner | null)[];

describe('cumulativeSum', () => {
  it('counts empty cells as 0', () => {
    expect(cumulativeSum(kr([100, null, -30, null]))).toEqual([100, 100, 70, 70]);
  });
});

describe('paybackYear', () => {
  it('pays back in the year the cumulative sum reaches exactly 0', () => {
    expect(paybackYear(cumulativeSum(kr([100, 50, -150, -10])))).toBe(3);
  });

  it('does not pay back while the cumulative sum is still 1 krone above 0', () => {
    expect(paybackYear(cumulativeSum(kr([100, 50, -149, -1])))).toBe(4);
  });

  it('counts years from 1, so a table that starts at or below 0 pays back in year 1', () => {
    expect(paybackYear(cumulativeSum(kr([-1, 500])))).toBe(1);
    expect(paybackYear(cumulativeSum(kr([null, 500])))).toBe(1);
  });

  it('is null when the cumulative sum stays above 0 through the last year', () => {
    expect(paybackYear(cumulativeSum(kr([100, -50, -49])))).toBeNull();
  });

  it('is null for a table without year columns', () => {
    expect(paybackYear([])).toBeNull();
  });
});
