import type { ProposalStatus } from '../proposal.ts';
import type { Actor } from './roles.ts';
import type { ProposalRef } from './decide.ts';

// Who may see and edit a proposal (SPEC.md section 2 and issue 4): authors and reviewers their
// own forvaltning's; finance and the secretariat all; hearing bodies what is in or past hearing;
// readers only what has been submitted to a round.

const SUBMITTED_OR_LATER: readonly ProposalStatus[] = [
  'submitted',
  'recommended',
  'not_recommended',
  'granted',
  'rejected',
  'postponed',
  'in_implementation',
  'closed',
];
const IN_HEARING_OR_LATER: readonly ProposalStatus[] = ['in_hearing', ...SUBMITTED_OR_LATER];

/**
 * Which proposals a role may see, as data, so a database query (the search) can select exactly
 * the proposals canView allows.
 */
export type ViewScope =
  | { scope: 'all' }
  | { scope: 'administration'; administration: string | null }
  | { scope: 'statuses'; statuses: readonly ProposalStatus[] };

export function viewScope(actor: Actor): ViewScope {
  switch (actor.role) {
    case 'finance':
    case 'secretariat':
      return { scope: 'all' };
    case 'author':
    case 'reviewer':
      return { scope: 'administration', administration: actor.administration };
    case 'hearing':
      return { scope: 'statuses', statuses: IN_HEARING_OR_LATER };
    case 'reader':
      return { scope: 'statuses', statuses: SUBMITTED_OR_LATER };
  }
}

export function canView(actor: Actor, proposal: ProposalRef): boolean {
  const view = viewScope(actor);
  switch (view.scope) {
    case 'all':
      return true;
    case 'administration':
      return view.administration === proposal.leadAdministration;
    case 'statuses':
      return view.statuses.includes(proposal.status);
  }
}

const BEFORE_RECOMMENDATION: readonly ProposalStatus[] = [
  'draft',
  'ready_for_finance',
  'finance_approved',
  'in_hearing',
  'submitted',
];

/** Content is edited while a proposal is a draft; the secretariat may correct it until recommended. */
export function canEdit(actor: Actor, proposal: ProposalRef): boolean {
  if (actor.role === 'secretariat') return BEFORE_RECOMMENDATION.includes(proposal.status);
  if (actor.role === 'author' || actor.role === 'reviewer') {
    return proposal.status === 'draft' && actor.administration === proposal.leadAdministration;
  }
  return false;
}

/** Authors create proposals for their own forvaltning; the secretariat for any. */
export function canCreate(actor: Actor, leadAdministration: string | null): boolean {
  if (actor.role === 'secretariat') return true;
  return (
    (actor.role === 'author' || actor.role === 'reviewer') &&
    leadAdministration !== null &&
    actor.administration === leadAdministration
  );
}

export function canRecordHearing(actor: Actor, proposal: ProposalRef): boolean {
  return (
    (actor.role === 'hearing' || actor.role === 'secretariat') && proposal.status === 'in_hearing'
  );
}

/**
 * Whether the actor may record `body`'s answer: the secretariat for any body, a hearing account
 * only for the body it belongs to (an account without one answers for no body).
 */
export function canAnswerFor(actor: Actor, body: string): boolean {
  if (actor.role === 'secretariat') return true;
  return (
    actor.role === 'hearing' &&
    (actor.hearingBody ?? '').toLowerCase() === body.trim().toLowerCase() &&
    body.trim() !== ''
  );
}

export function canComment(actor: Actor, proposal: ProposalRef): boolean {
  return actor.role !== 'reader' && canView(actor, proposal);
}
