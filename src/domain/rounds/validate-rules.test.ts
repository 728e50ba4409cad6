import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import type { Pool, RoundRules } from './rules.ts';
import { validateRules } from './validate-rules.ts';

const k = (n: number) => n as Kroner;
const pool = (key: string, parentKey: string | null, amount: number): Pool => ({
  key,
  name: key,
  parentKey,
  kinds: [],
  budgets: [{ year: 2026, amount: k(amount), serviceLimit: null, anlaegLimit: null }],
});

// SPEC.md section 3: 375 = 360 + 15, of which 4 for pre-analyses.
const copenhagen = (): Omit<RoundRules, 'roundId' | 'version' | 'reason'> => ({
  paybackLimitYears: 6,
  caps: { foranalyse: k(1_000_000), innovationsforslag: k(2_000_000), investeringsforslag: null },
  pools: [
    pool('puljer', null, 375_000_000),
    pool('investering', 'puljer', 360_000_000),
    pool('innovation', 'puljer', 15_000_000),
    pool('foranalyse', 'innovation', 4_000_000),
  ],
  criteria: [{ key: 'potentiale', name: 'Potentiale', scaleMin: 1, scaleMax: 5, weight: 2 }],
});

describe('the rules of a round', () => {
  it('accepts the municipality’s nested pools', () => {
    expect(validateRules(copenhagen())).toEqual([]);
  });

  it('names the pool whose pools inside have more money than it', () => {
    const rules = copenhagen();
    rules.pools[2] = pool('innovation', 'puljer', 16_000_000);
    expect(validateRules(rules).map((f) => f.field)).toEqual(['pools.0.budgets.0.amount']);
  });

  it('refuses a negative budget, a cap under zero and a scale the wrong way round', () => {
    const rules = copenhagen();
    rules.pools[3]!.budgets[0]!.amount = k(-1);
    rules.caps.foranalyse = k(-5);
    rules.criteria[0]!.scaleMax = 1;
    expect(validateRules(rules).map((f) => f.field)).toEqual([
      'caps.foranalyse',
      'pools.3.budgets.0.amount',
      'criteria.0.scaleMax',
    ]);
  });

  it('refuses an unknown parent and pools inside each other', () => {
    const rules = copenhagen();
    rules.pools[0] = { ...rules.pools[0]!, parentKey: 'foranalyse' };
    rules.pools.push(pool('løs', 'ingen', 1));
    const fields = validateRules(rules).map((f) => f.field);
    expect(fields).toContain('pools.4.parentKey');
    expect(fields).toContain('pools.0.parentKey');
  });
});
