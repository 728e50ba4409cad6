import type { Actor } from '../workflow/roles.ts';
import type { ProposalRef } from '../workflow/decide.ts';
import { isReporting } from './realised.ts';

// Who reports realised figures (SPEC.md section 9, issue 13): the forvaltning responsible for a
// granted proposal, by its authors and reviewers, and the pool secretariat, who may correct any.
// Only the secretariat sets the lag threshold, the due day and the savings targets.

export function canReportRealised(actor: Actor, proposal: ProposalRef): boolean {
  if (!isReporting(proposal.status)) return false;
  switch (actor.role) {
    case 'secretariat':
      return true;
    case 'author':
    case 'reviewer':
      return actor.administration !== null && actor.administration === proposal.leadAdministration;
    default:
      return false;
  }
}

/** Whether the role may report for some proposal: the others are refused before any is named. */
export const mayReportAny = (actor: Actor): boolean =>
  actor.role === 'secretariat' || actor.role === 'author' || actor.role === 'reviewer';

export const canSetFollowUp = (actor: Actor): boolean => actor.role === 'secretariat';
