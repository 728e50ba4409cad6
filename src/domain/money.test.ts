import { describe, expect, it } from 'vitest';
import { sumThousands } from './money.ts';

describe('sumThousands', () => {
  it('adds amounts in thousands to the krone, where floating point would not: 0,1 + 0,2 is 0,3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumThousands([0.1, 0.2])).toBe(0.3);
    expect(sumThousands([1200.5, -1100.501, 0.001])).toBe(100);
  });

  it('is 0 for no amounts', () => {
    expect(sumThousands([])).toBe(0);
  });
});
