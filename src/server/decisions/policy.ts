import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { refuseStep, type Step, type StepRefusal } from '../../domain/workflow/index.ts';
import { actorsOf, anyRole, type SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// Who may see and record a round's decisions: the workflow's own rule for each recommendation
// and decision step (only the secretariat), and the proposal's read rule for seeing one, so an
// author sees their own forvaltning's decisions and a reader every decided proposal.

/** A step's refusal, or that none of the user's roles records anything in a round. */
export type DecisionRefusal = StepRefusal | { reason: 'noRole' };

export const decisionPolicy = {
  read: (user: SignedInUser | null, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  /** Whether any of the user's roles may record anything in a round's decisions. */
  record: (user: SignedInUser | null) =>
    anyRole(
      user,
      (a) =>
        refuseStep('recommend', a, { status: 'submitted', leadAdministration: null }, 'x')
          ?.reason !== 'role',
    ),
  /**
   * The refusal of `step` for the user's roles, or null when one of them may take it: a role
   * refusal only when every role is refused for its role, else the one that tells most.
   */
  refusal(
    user: SignedInUser,
    proposal: ProposalRef,
    step: Step,
    comment: string,
  ): DecisionRefusal | null {
    const refusals = actorsOf(user).map((a) => refuseStep(step, a, proposal, comment));
    if (refusals.includes(null)) return null;
    const weight = { role: 1, state: 2, comment: 3 } as const;
    return (
      refusals
        .filter((r): r is StepRefusal => r !== null)
        .sort((a, b) => weight[b.reason] - weight[a.reason])[0] ?? { reason: 'noRole' }
    );
  },
};
