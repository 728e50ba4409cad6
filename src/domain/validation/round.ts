import type { Kroner } from '../money.ts';
import type { ValidationIssue } from './rule.ts';
import { kr } from './wording.ts';

/** A warning when the proposals of a round ask for more than its pool holds; never a block. */
export function checkRoundAgainstPool(
  proposalsAmounts: readonly Kroner[],
  poolAmount: Kroner,
): ValidationIssue[] {
  let requested = 0;
  for (const amount of proposalsAmounts) requested += amount;
  if (requested <= poolAmount) return [];
  return [
    {
      ruleId: 'round-exceeds-pool',
      severity: 'warning',
      field: 'pool',
      message: `Rundens forslag søger i alt ${kr(requested)}, ${kr(requested - poolAmount)} mere end puljens ${kr(poolAmount)}`,
      params: { requested, pool: poolAmount },
    },
  ];
}
