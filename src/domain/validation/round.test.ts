import { describe, expect, it } from 'vitest';
import type { Kroner } from '../money.ts';
import { checkRoundAgainstPool } from './round.ts';

const kr = (values: number[]) => values as Kroner[];

describe('checkRoundAgainstPool', () => {
  it('is quiet when the proposals ask exactly the pool; warns at 1 krone over', () => {
    expect(checkRoundAgainstPool(kr([1_000_000, 3_000_000]), 4_000_000 as Kroner)).toEqual([]);
    expect(checkRoundAgainstPool(kr([1_000_001, 3_000_000]), 4_000_000 as Kroner)).toEqual([
      {
        ruleId: 'round-exceeds-pool',
        severity: 'warning',
        field: 'pool',
        message: 'Rundens forslag søger i alt 4.000.001 kr., 1 kr. mere end puljens 4.000.000 kr.',
        params: { requested: 4_000_001, pool: 4_000_000 },
      },
    ]);
  });
});
