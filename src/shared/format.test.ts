import { describe, expect, it } from 'vitest';
import { kroner } from '../domain/money.ts';
import {
  danishDateTime,
  formatAmount,
  formatThousands,
  formatWholeThousands,
  roundingDifference,
  wholeOfThousands,
} from './format.ts';

describe('formatAmount', () => {
  it('writes thousands the Danish way and leaves an empty cell empty', () => {
    expect(formatAmount(-16700)).toBe('-16.700');
    expect(formatAmount(1.5)).toBe('1,5');
    expect(formatAmount(null)).toBe('');
  });
});

describe('formatWholeThousands', () => {
  it('rounds a computed amount to whole thousands, half away from zero, as the tables print it', () => {
    expect(formatWholeThousands(kroner(1_016_601))).toBe('1.017');
    expect(formatWholeThousands(kroner(-1_735_881))).toBe('-1.736');
    expect(formatWholeThousands(kroner(5_242_473))).toBe('5.242');
    expect(formatWholeThousands(kroner(-2_500))).toBe('-3');
    expect(formatWholeThousands(kroner(-400))).toBe('0');
    expect(formatWholeThousands(null)).toBe('');
  });
});

describe('roundingDifference', () => {
  it('prints 1.016,601 as 1.017 and -0,4 as 0, half away from zero', () => {
    expect(wholeOfThousands(1016.601)).toBe(1017);
    expect(wholeOfThousands(-2.5)).toBe(-3);
    expect(wholeOfThousands(-0.4)).toBe(0);
  });

  it('is the rounded rows added up less the rounded sum: 1,4 + 1,4 prints 1 + 1 under 3', () => {
    expect(roundingDifference([1.4, 1.4], 2.8)).toBe(-1);
    expect(roundingDifference([1016.6, null, 0.6], 1017.2)).toBe(1);
  });

  it('is 0 when the rounded rows add up', () => {
    expect(roundingDifference([1000, 2000.4], 3000.4)).toBe(0);
    expect(roundingDifference([], 0)).toBe(0);
  });
});

describe('formatThousands', () => {
  it('writes kroner in thousands, to the krone, and leaves a missing amount empty', () => {
    expect(formatThousands(kroner(-16_700_000))).toBe('-16.700');
    expect(formatThousands(kroner(1_234_567))).toBe('1.234,567');
    expect(formatThousands(null)).toBe('');
  });
});

describe('danishDateTime', () => {
  it('shows a UTC timestamp in Copenhagen summer time', () => {
    expect(danishDateTime('2025-06-30T22:30:00Z')).toEqual({ date: '01.07.2025', time: '00.30' });
  });

  it('shows a UTC timestamp in Copenhagen winter time', () => {
    expect(danishDateTime('2026-11-22T13:05:00.000Z')).toEqual({
      date: '22.11.2026',
      time: '14.05',
    });
  });

  it('answers null to a timestamp it cannot read', () => {
    expect(danishDateTime('not a date')).toBeNull();
  });
});
