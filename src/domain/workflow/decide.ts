import type { ProposalStatus } from '../proposal.ts';
import type { Actor, Role } from './roles.ts';
import { STEPS, WORKFLOW, type Step } from './transitions.ts';

export interface ProposalRef {
  status: ProposalStatus;
  leadAdministration: string | null;
}

/** Why a step is refused; whoever tells the user words it (the server's problems catalogue). */
export interface StepRefusal {
  reason: 'role' | 'state' | 'comment';
}

const CENTRAL_ROLES = new Set(['finance', 'secretariat', 'hearing', 'reader']);

function actsForOwnAdministration(actor: Actor, proposal: ProposalRef): boolean {
  return CENTRAL_ROLES.has(actor.role) || actor.administration === proposal.leadAdministration;
}

/**
 * Whether an actor may take a step now; null when allowed. Submission's content rules are
 * checked by the caller (they need the economics), this decides role, state and comment only.
 */
export function refuseStep(
  step: Step,
  actor: Actor,
  proposal: ProposalRef,
  comment: string,
): StepRefusal | null {
  const rule = WORKFLOW[step];
  if (
    !rule.roles.includes(actor.role) ||
    (rule.ownAdministrationOnly && !actsForOwnAdministration(actor, proposal))
  ) {
    return { reason: 'role' };
  }
  if (!rule.from.includes(proposal.status)) {
    return { reason: 'state' };
  }
  if (rule.commentRequired && comment.trim() === '') {
    return { reason: 'comment' };
  }
  return null;
}

/** The steps an actor may take now, for showing exactly those actions and nothing else. */
export function availableSteps(actor: Actor, proposal: ProposalRef): Step[] {
  // A placeholder comment: the form asks for the real one when the step needs it.
  return STEPS.filter((step) => refuseStep(step, actor, proposal, 'x') === null);
}

/** What happens next and who has it: the steps open from a status and the roles that take them. */
export function nextSteps(status: ProposalStatus): { step: Step; roles: readonly Role[] }[] {
  return STEPS.filter((step) => WORKFLOW[step].from.includes(status)).map((step) => ({
    step,
    roles: WORKFLOW[step].roles,
  }));
}
