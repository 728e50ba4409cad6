import type { Kroner } from '../money.ts';

/** n / d rounded half away from zero (2.5 -> 3, -2.5 -> -3), exactly; d must be positive. */
export function divideRounded(n: bigint, d: bigint): bigint {
  const magnitude = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -magnitude : magnitude;
}

/**
 * value * numerator / denominator, rounded half away from zero to whole kroner. Null when the
 * result leaves the safe-integer range, so the caller can name the cell instead of losing it.
 */
export function scaleKroner(value: Kroner, numerator: bigint, denominator: bigint): Kroner | null {
  const scaled = Number(divideRounded(BigInt(value) * numerator, denominator));
  return Number.isSafeInteger(scaled) ? (scaled as Kroner) : null;
}
