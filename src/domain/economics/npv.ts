import type { Kroner } from '../money.ts';
import { divideRounded } from './rounding.ts';

declare const brand: unique symbol;
/** A rate in hundredths of a percent: 350 is 3.5 % a year. */
export type BasisPoints = number & { readonly [brand]: 'BasisPoints' };

const WHOLE = 10_000n;

export function basisPoints(value: number): BasisPoints {
  if (!Number.isSafeInteger(value) || value < 0 || value > 100_000) {
    throw new RangeError(`Not a discount rate in basis points (0 to 100000): ${value}`);
  }
  return value as BasisPoints;
}

/** Finansministeriets samfundsøkonomiske diskonteringsrente, a common default in Danish cases. */
export const DEFAULT_DISCOUNT_RATE = basisPoints(350);

// weights[t] = 10000^t * (10000 + rate)^(n-1-t): every term over the common denominator
// (10000 + rate)^(n-1). Tables share a handful of (rate, length) pairs, so these are kept, in a
// bounded cache because a user trying rates could otherwise grow it without end.
const CACHE_LIMIT = 256;
const weightCache = new Map<string, { weights: bigint[]; denominator: bigint }>();

function discountWeights(rate: BasisPoints, years: number) {
  const key = `${rate}:${years}`;
  let cached = weightCache.get(key);
  if (!cached) {
    if (weightCache.size >= CACHE_LIMIT) weightCache.clear();
    const growth = WHOLE + BigInt(rate);
    const weights: bigint[] = [];
    for (let t = 0; t < years; t++)
      weights.push(WHOLE ** BigInt(t) * growth ** BigInt(years - 1 - t));
    cached = { weights, denominator: growth ** BigInt(Math.max(years - 1, 0)) };
    weightCache.set(key, cached);
  }
  return cached;
}

/**
 * Net present value of a yearly series. The first year column is year 0 and is not discounted:
 * it is the year the pool pays out, the point of decision the value is measured at. Computed as
 * one exact fraction and rounded half away from zero to whole kroner once, at the end.
 */
export function netPresentValue(values: readonly Kroner[], rate: BasisPoints): Kroner {
  const { weights, denominator } = discountWeights(rate, values.length);
  let numerator = 0n;
  for (let t = 0; t < values.length; t++) {
    const value = values[t] ?? 0;
    if (value !== 0) numerator += BigInt(value) * (weights[t] ?? 0n);
  }
  return Number(divideRounded(numerator, denominator)) as Kroner;
}
