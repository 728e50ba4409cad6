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
