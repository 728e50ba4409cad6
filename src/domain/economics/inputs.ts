import { basisPoints, type BasisPoints } from './npv.ts';
import type { Scenario } from './sensitivity.ts';

// What a person may ask of the analysis, the same in the web app's fields and the API's body.

/**
 * The highest yearly discount rate, in percent, that a person may ask for. Rates used for
 * municipal business cases are a few percent; above 100 % a year the present value says nothing.
 */
export const MAX_DISCOUNT_RATE_PERCENT = 100;

/** A yearly rate in percent with at most two decimals (3.5 is 3,5 %) as basis points, else null. */
export function discountRateOfPercent(value: number): BasisPoints | null {
  if (Number.isNaN(value) || value < 0 || value > MAX_DISCOUNT_RATE_PERCENT) return null;
  const points = Math.round(value * 100);
  return Math.abs(value * 100 - points) > 1e-6 ? null : basisPoints(points);
}

/** The stress test shown unless asked otherwise: savings a fifth lower and a year later. */
export const DEFAULT_SCENARIO = {
  savingsReductionPercent: 20,
  delayYears: 1,
} as const satisfies Scenario;

/** The most a stress test may cut the savings (percent) or delay them (years). */
export const SCENARIO_LIMITS = { savingsReductionPercent: 100, delayYears: 30 } as const;
