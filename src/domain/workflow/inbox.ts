import { PROPOSAL_STATUSES, type ProposalStatus } from '../proposal.ts';
import { availableSteps, type ProposalRef } from './decide.ts';
import type { Actor } from './roles.ts';
import { canRecordHearing } from './visibility.ts';

// "Venter på dig": a proposal waits for an actor when the step that takes it on is theirs to
// take, in their role and for their forvaltning. Sending it back is open to several roles at
// once and is no one's turn, so it does not count; a hearing body's turn is its answer. A
// proposal ready for finance is Center for Økonomi's alone: submitting it before the approval
// would be refused by the submission rules anyway.

export function waitsFor(actor: Actor, proposal: ProposalRef): boolean {
  if (actor.role === 'hearing') return canRecordHearing(actor, proposal);
  if (proposal.status === 'ready_for_finance') return actor.role === 'finance';
  return availableSteps(actor, proposal).some((step) => step !== 'return_to_author');
}

/**
 * Which proposals wait for an actor, as data, so a database query (the inbox) can select exactly
 * those waitsFor holds: whatever their forvaltning, a status in `anyAdministration`; in the
 * actor's own forvaltning, a status in `ownAdministration` as well. Derived from waitsFor itself
 * by asking it about every status in the actor's forvaltning and in another.
 */
export interface WaitScope {
  administration: string | null;
  ownAdministration: ProposalStatus[];
  anyAdministration: ProposalStatus[];
}

/** Stands for every forvaltning but the actor's own: no forvaltning's code holds a NUL. */
const ANOTHER_ADMINISTRATION = '\u0000';

export function waitScope(actor: Actor): WaitScope {
  const waiting = (leadAdministration: string | null) =>
    PROPOSAL_STATUSES.filter((status) => waitsFor(actor, { status, leadAdministration }));
  const anyAdministration = waiting(ANOTHER_ADMINISTRATION);
  return {
    administration: actor.administration,
    ownAdministration: waiting(actor.administration).filter(
      (status) => !anyAdministration.includes(status),
    ),
    anyAdministration,
  };
}
