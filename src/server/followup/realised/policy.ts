import {
  canReportRealised,
  canSetFollowUp,
  mayReportAny,
} from '../../../domain/followup/realised-access.ts';
import type { ProposalRef } from '../../../domain/workflow/decide.ts';
import { anyRole, type SignedInUser } from '../../auth/actor.ts';
import { proposalPolicy } from '../../proposals/policy.ts';

// Who may see and report realised figures: whoever reads a proposal reads its follow-up; its
// own forvaltning's authors and reviewers and the secretariat report; the secretariat alone
// sets the threshold, the due day and the targets.

type User = SignedInUser | null;

export const realisedPolicy = {
  read: (user: User, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  report: (user: User, proposal: ProposalRef) =>
    anyRole(user, (a) => canReportRealised(a, proposal)),
  /** Whether the user would report for it once it is granted: their role and forvaltning. */
  reportsFor: (user: User, proposal: ProposalRef) =>
    anyRole(user, (a) => canReportRealised(a, { ...proposal, status: 'in_implementation' })),
  /** Whether any of the user's roles reports at all; the others are refused before a file is read. */
  reportsAny: (user: User) => anyRole(user, mayReportAny),
  setSettings: (user: User) => anyRole(user, canSetFollowUp),
};
