import { describe, expect, it } from 'vitest';
import type { Kroner } from './money.ts';
import { judgingRules, rulesInForce, rulesYearOf, type SubmissionRules } from './rules.ts';

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

describe('judgingRules', () => {
  const economy = { priceLevelYear: 2027, years: [2027, 2028] };
  const index = { 2026: 10000, 2027: 10280 };
  const roundRules = {
    paybackLimitYears: 7,
    caps: { foranalyse: null, innovationsforslag: 2_000_000 as Kroner, investeringsforslag: null },
  };

  it('takes the round’s own rules, with the caps at the p/l the round pays in', () => {
    const round = { year: 2026, priceLevelYear: null, rules: roundRules };
    const judged = judgingRules({ economy, round, configured, index });
    expect(judged.year).toBe(2026);
    expect(judged.rules?.source).toBe('round');
    expect(judged.rules?.rules.paybackLimitYears).toBe(7);
    expect(judged.rules?.rules.capsAt).toEqual({ year: 2026, index });
    const budget = { ...round, year: 2027, priceLevelYear: 2028 };
    expect(
      judgingRules({ economy, round: budget, configured, index }).rules?.rules.capsAt?.year,
    ).toBe(2028);
  });

  it('falls back on the year’s rules when the round has none, or the proposal is in no round', () => {
    const round = { year: 2026, priceLevelYear: null, rules: null };
    const inRound = judgingRules({ economy, round, configured, index });
    expect(inRound.rules).toMatchObject({ year: 2026, source: 'year' });
    expect(inRound.rules?.rules.capsAt).toBeUndefined();
    expect(judgingRules({ economy, round: null, configured, index }).year).toBe(2027);
  });
});
