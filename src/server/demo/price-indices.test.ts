import { describe, expect, it } from 'vitest';
import { convertAmount, type PriceIndex } from '../../domain/economics/index.ts';
import { kroner } from '../../domain/money.ts';
import { demoPriceIndices } from './reference.ts';

const index: PriceIndex = Object.fromEntries(demoPriceIndices.map((y) => [y.year, y.points]));

describe('the demo price index', () => {
  it('converts seed 000’s 2027 p/l requests to the 2026 p/l amounts its round overview prints', () => {
    const overview = [
      [1_045_000, 1017],
      [2_045_000, 1989],
      [2_000_000, 1946],
    ] as const;
    for (const [at2027, printed] of overview) {
      const converted = convertAmount(kroner(at2027), 2027, 2026, index);
      if (!converted.ok) throw new Error(converted.error.code);
      expect(Math.round(converted.value / 1000)).toBe(printed);
    }
  });

  it('has every year from 2020 to 2032, each rising by 1 to 5 % on the year before', () => {
    expect(demoPriceIndices.map((y) => y.year)).toEqual(
      Array.from({ length: 13 }, (_, i) => 2020 + i),
    );
    for (let i = 1; i < demoPriceIndices.length; i++) {
      const rise = demoPriceIndices[i]!.points / demoPriceIndices[i - 1]!.points - 1;
      expect(rise).toBeGreaterThanOrEqual(0.01);
      expect(rise).toBeLessThanOrEqual(0.05);
    }
  });
});
