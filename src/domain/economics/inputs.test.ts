import { describe, expect, it } from 'vitest';
import { discountRateOfPercent, MAX_DISCOUNT_RATE_PERCENT } from './inputs.ts';

describe('discountRateOfPercent', () => {
  it('reads a rate in percent with up to two decimals as basis points', () => {
    expect(discountRateOfPercent(3.5)).toBe(350);
    expect(discountRateOfPercent(0)).toBe(0);
    expect(discountRateOfPercent(MAX_DISCOUNT_RATE_PERCENT)).toBe(10_000);
  });

  it('refuses a negative rate, one above the limit, and a third decimal', () => {
    expect(discountRateOfPercent(-0.01)).toBeNull();
    expect(discountRateOfPercent(100.01)).toBeNull();
    expect(discountRateOfPercent(3.505)).toBeNull();
    expect(discountRateOfPercent(Number.NaN)).toBeNull();
  });
});
