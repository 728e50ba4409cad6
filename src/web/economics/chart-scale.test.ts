import { describe, expect, it } from 'vitest';
import { niceStep, valueScale, xOf, yOf } from './chart-scale.ts';

describe('valueScale', () => {
  it('always takes in zero, so the payback curve has a line to cross', () => {
    const scale = valueScale([1400, 6500, 3550]);
    expect(scale.min).toBe(0);
    expect(scale.ticks).toContain(0);
    expect(scale.max).toBeGreaterThanOrEqual(6500);
  });

  it('steps in round amounts from below the lowest to above the highest value (LØFT)', () => {
    const scale = valueScale([1400, 6500, 3550, -11300, -31800, -52300]);
    expect(scale.ticks).toEqual([-60000, -40000, -20000, 0, 20000]);
  });

  it('has a scale even when every value is zero', () => {
    expect(valueScale([0, 0]).ticks).toEqual([0, 1]);
  });

  it('never shows floating-point noise in a tick', () => {
    for (const tick of valueScale([0.1, 0.3]).ticks) expect(String(tick).length).toBeLessThan(6);
  });
});

describe('niceStep', () => {
  it('rounds a step up to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect(niceStep(7000, 4)).toBe(2000);
    expect(niceStep(1000, 4)).toBe(250);
    expect(niceStep(45, 4)).toBe(20);
  });
});

describe('positions', () => {
  it('puts the maximum at the top, the minimum at the bottom, columns at their centres', () => {
    const scale = { min: -100, max: 100, ticks: [] };
    expect(yOf(100, scale, 10, 210)).toBe(10);
    expect(yOf(-100, scale, 10, 210)).toBe(210);
    expect(yOf(0, scale, 10, 210)).toBe(110);
    expect(xOf(0, 4, 0, 400)).toBe(50);
    expect(xOf(3, 4, 0, 400)).toBe(350);
  });
});
