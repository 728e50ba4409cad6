import type { Kroner } from '../money.ts';
import { divideRounded } from './rounding.ts';

declare const brand: unique symbol;
/** A rate in hundredths of a percent: 350 is 3.5 % a year. */
export type BasisPoints = number & { readonly [brand]: 'BasisPoints' };

const WHOLE = 10_000n;
const UNIT_ROUNDOFF = 2 ** -53;

export function basisPoints(value: number): BasisPoints {
  if (!Number.isSafeInteger(value) || value < 0 || value > 100_000) {
    throw new RangeError(`Not a discount rate in basis points (0 to 100000): ${value}`);
  }
  return value as BasisPoints;
}

/** Finansministeriets samfundsøkonomiske diskonteringsrente, a common default in Danish cases. */
export const DEFAULT_DISCOUNT_RATE = basisPoints(350);

interface Discount {
  /** 10000^t * (10000 + rate)^(n-1-t): each year's term over the common denominator. */
  weights: bigint[];
  /** (10000 + rate)^(n-1). */
  denominator: bigint;
  /** (10000 / (10000 + rate))^t in binary floating point, for the fast path. */
  factors: number[];
}

// Tables share a handful of (rate, length) pairs, so these are kept, in a bounded cache
// because a user trying rate after rate could otherwise grow it without end.
const CACHE_LIMIT = 256;
const discounts = new Map<string, Discount>();

let last: { rate: number; years: number; discount: Discount } | null = null;

function discount(rate: BasisPoints, years: number): Discount {
  // Nearly every call repeats the previous (rate, length), so that one skips the keyed lookup.
  if (last !== null && last.rate === rate && last.years === years) return last.discount;
  const key = `${rate}:${years}`;
  let cached = discounts.get(key);
  if (!cached) {
    if (discounts.size >= CACHE_LIMIT) discounts.clear();
    const growth = WHOLE + BigInt(rate);
    const step = 10_000 / (10_000 + rate);
    const weights: bigint[] = [];
    const factors: number[] = [];
    for (let t = 0, factor = 1; t < years; t++, factor *= step) {
      weights.push(WHOLE ** BigInt(t) * growth ** BigInt(years - 1 - t));
      factors.push(factor);
    }
    cached = { weights, denominator: growth ** BigInt(Math.max(years - 1, 0)), factors };
    discounts.set(key, cached);
  }
  last = { rate, years, discount: cached };
  return cached;
}

/** The exact present value as one fraction, rounded half away from zero to whole kroner. */
export function exactNetPresentValue(values: readonly Kroner[], rate: BasisPoints): Kroner {
  const { weights, denominator } = discount(rate, values.length);
  let numerator = 0n;
  for (let t = 0; t < values.length; t++) {
    const value = values[t] ?? 0;
    if (value !== 0) numerator += BigInt(value) * (weights[t] ?? 0n);
  }
  return Number(divideRounded(numerator, denominator)) as Kroner;
}

/**
 * Net present value of a yearly series. The first year column is year 0 and is not discounted:
 * it is the year the pool pays out, the point of decision the value is measured at.
 *
 * The result is exactly exactNetPresentValue's. Floating point comes within a proven bound of
 * the exact value: the weights carry at most 2t roundings, each product one more, the sum n-1,
 * so the error is below 3n roundoffs of the sum of magnitudes (8(n+1) is used). When no
 * half-krone lies within that bound, both round alike; otherwise the exact fraction decides.
 */
export function netPresentValue(values: readonly Kroner[], rate: BasisPoints): Kroner {
  const { factors } = discount(rate, values.length);
  let approximate = 0;
  let magnitude = 0;
  for (let t = 0; t < values.length; t++) {
    const value = values[t] ?? 0;
    approximate += value * (factors[t] ?? 0);
    magnitude += Math.abs(value);
  }
  const bound = 8 * (values.length + 1) * UNIT_ROUNDOFF * magnitude;
  const size = Math.abs(approximate);
  const whole = Math.floor(size);
  // size - whole is exact, so is its distance from one half.
  const fraction = size - whole;
  if (magnitude > Number.MAX_SAFE_INTEGER || Math.abs(fraction - 0.5) <= bound) {
    return exactNetPresentValue(values, rate);
  }
  const rounded = fraction > 0.5 ? whole + 1 : whole;
  return (rounded === 0 ? 0 : approximate < 0 ? -rounded : rounded) as Kroner;
}
