import type { ProposalStatus } from '../proposal.ts';
import type { Role } from './roles.ts';

// The workflow of SPEC.md section 7 as data: each step names the states it may start from, the
// state it leads to, the roles that may take it, and whether it needs a comment (every step
// that sends a proposal back or ends it does, so the author learns why).

export const STEPS = [
  'request_finance_approval',
  'return_to_author',
  'approve_finance',
  'send_to_hearing',
  'submit',
  'assign_round',
  'recommend',
  'not_recommend',
  'grant',
  'reject',
  'postpone',
  'reopen',
  'start_implementation',
  'close',
] as const;
export type Step = (typeof STEPS)[number];

export interface StepRule {
  from: readonly ProposalStatus[];
  /** null: the step records something without moving the proposal. */
  to: ProposalStatus | null;
  roles: readonly Role[];
  /** Authors and reviewers may take it only for their own forvaltning. */
  ownAdministrationOnly: boolean;
  commentRequired: boolean;
  /** Submission runs the blocking validation and is refused with its reasons. */
  runsSubmissionRules: boolean;
  /**
   * A recommendation or a decision: taken with what it records (the note; the date, the body,
   * the text, the granted money or the later round) through the round's decisions, never as a
   * bare step, so no proposal is granted without its plan.
   */
  decision: boolean;
}

const rule = (r: Partial<StepRule> & Pick<StepRule, 'from' | 'to' | 'roles'>): StepRule => ({
  ownAdministrationOnly: true,
  commentRequired: false,
  runsSubmissionRules: false,
  decision: false,
  ...r,
});

export const WORKFLOW: Record<Step, StepRule> = {
  request_finance_approval: rule({
    from: ['draft'],
    to: 'ready_for_finance',
    roles: ['author', 'reviewer'],
  }),
  return_to_author: rule({
    from: ['ready_for_finance', 'finance_approved', 'in_hearing'],
    to: 'draft',
    roles: ['reviewer', 'finance', 'secretariat'],
    commentRequired: true,
  }),
  approve_finance: rule({
    from: ['ready_for_finance'],
    to: 'finance_approved',
    roles: ['finance'],
  }),
  send_to_hearing: rule({
    from: ['finance_approved'],
    to: 'in_hearing',
    roles: ['author', 'reviewer', 'secretariat'],
  }),
  // Only after Center for Økonomi's approval: the economics are never submitted unchecked.
  submit: rule({
    from: ['finance_approved', 'in_hearing'],
    to: 'submitted',
    roles: ['author', 'reviewer'],
    runsSubmissionRules: true,
  }),
  assign_round: rule({ from: ['submitted'], to: null, roles: ['secretariat'] }),
  // A proposal postponed to a later round waits there for its recommendation as a submitted one
  // does; the secretariat may change its recommendation until the political body has decided.
  recommend: rule({
    from: ['submitted', 'postponed', 'not_recommended'],
    to: 'recommended',
    roles: ['secretariat'],
    decision: true,
  }),
  not_recommend: rule({
    from: ['submitted', 'postponed', 'recommended'],
    to: 'not_recommended',
    roles: ['secretariat'],
    commentRequired: true,
    decision: true,
  }),
  grant: rule({
    from: ['recommended', 'not_recommended'],
    to: 'granted',
    roles: ['secretariat'],
    decision: true,
  }),
  reject: rule({
    from: ['recommended', 'not_recommended'],
    to: 'rejected',
    roles: ['secretariat'],
    commentRequired: true,
    decision: true,
  }),
  postpone: rule({
    from: ['recommended', 'not_recommended'],
    to: 'postponed',
    roles: ['secretariat'],
    commentRequired: true,
    decision: true,
  }),
  reopen: rule({
    from: ['postponed', 'rejected'],
    to: 'draft',
    roles: ['secretariat'],
    commentRequired: true,
  }),
  start_implementation: rule({
    from: ['granted'],
    to: 'in_implementation',
    roles: ['secretariat', 'author', 'reviewer'],
  }),
  close: rule({
    from: ['in_implementation'],
    to: 'closed',
    roles: ['secretariat'],
    commentRequired: true,
  }),
};
