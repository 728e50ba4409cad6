import { termsFromPlan } from '../../domain/followup/loans.ts';
import type { Kroner } from '../../domain/money.ts';
import { entityChanged } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';

// Follow-up in the demo, so a new user sees it working: the first instalment of each demo loan
// repaid (seed 002's SOF/BIF pre-analysis: 610 of 1.220 scheduled against 1.200 lent). Run after
// the decisions and plans are in place; a loan already recorded is left as it is.

const DEMO_PAYMENT_ON = '2026-11-20';

/** `only`: the rounds whose grants to follow up (a test's own); every round when left out. */
export async function recordDemoFollowUp(
  access: DataAccess,
  only?: readonly string[],
): Promise<{ loans: number }> {
  const candidates = (await access.loans.candidates()).filter(
    (c) => !only || only.includes(c.roundId),
  );
  const recorded = await access.loans.recorded(candidates.map((c) => c.proposalId));
  let loans = 0;
  for (const candidate of candidates) {
    const terms = termsFromPlan(candidate.plan);
    const first = terms?.instalments[0];
    if (!terms || !first || recorded.has(candidate.proposalId)) continue;
    await access.transaction(async (tx) => {
      const { proposalId } = candidate;
      await tx.loans.writeTerms({
        proposalId,
        version: 0,
        terms,
        origin: 'plan',
        reason: null,
        userId: null,
      });
      const paymentId = await tx.loans.addPayment({
        proposalId,
        paidOn: DEMO_PAYMENT_ON,
        amount: first.amount as Kroner,
        note: 'Første afdrag',
        userId: null,
      });
      await tx.audit.append(
        entityChanged({
          actor: 'system',
          action: 'loan.payment',
          entity: { type: 'loan', id: proposalId },
          proposalId,
          details: { paymentId, paidOn: DEMO_PAYMENT_ON, amount: first.amount / 1000 },
        }),
      );
    });
    loans++;
  }
  return { loans };
}
