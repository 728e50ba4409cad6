import type { ProposalRef } from '../workflow/decide.ts';
import type { Actor } from '../workflow/roles.ts';
import { canView } from '../workflow/visibility.ts';

// Who keeps what in follow-up (SPEC.md sections 2 and 9). The API's policies and the web app's
// buttons both ask these, so a form is shown exactly where the API takes it.

/** The pool's money is the secretariat's: it records loan terms and payments. */
export function canRecordLoan(actor: Actor): boolean {
  return actor.role === 'secretariat';
}

/**
 * A granted proposal's follow-up goals are kept by its own forvaltning (author or reviewer), and
 * by the secretariat, which runs follow-up; everyone who sees the proposal reads them.
 */
export function canManageGoals(actor: Actor, proposal: ProposalRef): boolean {
  if (actor.role === 'secretariat') return true;
  return (
    (actor.role === 'author' || actor.role === 'reviewer') &&
    canView(actor, proposal) &&
    actor.administration === proposal.leadAdministration
  );
}
