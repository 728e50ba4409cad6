import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import { divideRounded, scaleKroner } from './rounding.ts';

describe('divideRounded', () => {
  it('rounds an exact half away from zero on both sides of 0', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
  });

  it('rounds just below a half towards zero', () => {
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
  });
});

describe('scaleKroner', () => {
  it('is null when the result is no longer a safe integer', () => {
    expect(scaleKroner(Number.MAX_SAFE_INTEGER as Kroner, 2n, 1n)).toBeNull();
    expect(scaleKroner(Number.MAX_SAFE_INTEGER as Kroner, 1n, 1n)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
