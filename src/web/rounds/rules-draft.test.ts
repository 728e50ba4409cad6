import { describe, expect, it } from 'vitest';
import type { RulesOutput } from '../../shared/rounds-schema.ts';
import { draftOf, freshKey, newPool, poolTree, readDraft } from './rules-draft.ts';

const RULES: RulesOutput['rules'] = {
  paybackLimitYears: 6,
  caps: { foranalyse: 1_000, innovationsforslag: 2_000, investeringsforslag: null },
  pools: [
    {
      key: 'innovation',
      name: 'Innovationspuljen',
      parentKey: 'puljer',
      kinds: ['innovationsforslag'],
      budgets: [{ year: 2026, amount: 15_000, serviceLimit: 12_500.5, anlaegLimit: null }],
    },
    {
      key: 'puljer',
      name: 'Puljerne',
      parentKey: null,
      kinds: [],
      budgets: [{ year: 2026, amount: 375_000, serviceLimit: null, anlaegLimit: null }],
    },
    {
      key: 'foranalyse',
      name: 'Foranalyser',
      parentKey: 'innovation',
      kinds: ['foranalyse'],
      budgets: [{ year: 2026, amount: 4_000, serviceLimit: null, anlaegLimit: null }],
    },
  ],
  criteria: [{ key: 'potentiale', name: 'Potentiale', scaleMin: 1, scaleMax: 5, weight: 2 }],
};

describe('the rules form draft', () => {
  it('writes amounts the Danish way and reads them back to the same rules', () => {
    const draft = draftOf(RULES);
    expect(draft.pools[1]!.budgets[0]!.amount).toBe('375.000');
    expect(draft.pools[0]!.budgets[0]!.serviceLimit).toBe('12.500,5');
    expect(draft.caps.investeringsforslag).toBe('');
    expect(readDraft(draft)).toEqual({ ok: true, rules: RULES });
  });

  it('names each field it cannot read by the path the server uses', () => {
    const draft = draftOf(RULES);
    draft.paybackLimitYears = '6,5';
    draft.pools[2]!.budgets[0]!.amount = '';
    draft.pools[0]!.budgets[0]!.anlaegLimit = 'mange';
    draft.criteria[0]!.name = ' ';
    expect(readDraft(draft)).toEqual({
      ok: false,
      issues: [
        { field: 'rules.paybackLimitYears', problem: 'wholeNumber' },
        { field: 'rules.pools.0.budgets.0.anlaegLimit', problem: 'number' },
        { field: 'rules.pools.2.budgets.0.amount', problem: 'required' },
        { field: 'rules.criteria.0.name', problem: 'required' },
      ],
    });
  });

  it('orders the pools as they nest, each followed by the pools inside it', () => {
    expect(poolTree(RULES.pools)).toEqual([
      { index: 1, depth: 0 },
      { index: 0, depth: 1 },
      { index: 2, depth: 2 },
    ]);
  });

  it('still lists a pool whose parent is unknown, at the top', () => {
    const pools = [{ key: 'a', parentKey: 'gone' }];
    expect(poolTree(pools)).toEqual([{ index: 0, depth: 0 }]);
  });

  it('gives a new pool inside another a fresh key and the years of the pool it sits in', () => {
    const draft = draftOf(RULES);
    const pool = newPool(draft, 'innovation');
    expect(pool).toMatchObject({ key: 'pulje-4', parentKey: 'innovation', name: '' });
    expect(pool.budgets.map((b) => b.year)).toEqual(['2026']);
    expect(freshKey('pulje', ['pulje-2'])).toBe('pulje-3');
  });
});
