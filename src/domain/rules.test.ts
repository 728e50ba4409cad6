import { describe, expect, it } from 'vitest';
import type { Kroner } from './money.ts';
import { rulesInForce, rulesYearOf, type SubmissionRules } from './rules.ts';

const rules = (paybackLimitYears: number): SubmissionRules => ({
  paybackLimitYears,
  capByKind: {
    foranalyse: 1_000_000 as Kroner,
    innovationsforslag: null,
    investeringsforslag: null,
  },
});
const configured = [
  { year: 2026, rules: rules(6) },
  { year: 2024, rules: rules(5) },
];

describe('rulesInForce', () => {
  it('takes the year’s own rules, and a later unconfigured year keeps the last ones set', () => {
    expect(rulesInForce(configured, 2026)?.rules.paybackLimitYears).toBe(6);
    expect(rulesInForce(configured, 2025)?.rules.paybackLimitYears).toBe(5);
    expect(rulesInForce(configured, 2031)?.year).toBe(2026);
  });

  it('has none for a year before the first rules were set', () => {
    expect(rulesInForce(configured, 2023)).toBeNull();
    expect(rulesInForce([], 2026)).toBeNull();
  });
});

describe('rulesYearOf', () => {
  it('prefers the round’s year, then the price level, then the first year column', () => {
    expect(rulesYearOf({ roundYear: 2026, priceLevelYear: 2027, years: [2027] })).toBe(2026);
    expect(rulesYearOf({ priceLevelYear: 2027, years: [2026] })).toBe(2027);
    expect(rulesYearOf({ roundYear: null, priceLevelYear: null, years: [2025, 2026] })).toBe(2025);
    expect(rulesYearOf({ priceLevelYear: null, years: [] })).toBeNull();
  });
});
