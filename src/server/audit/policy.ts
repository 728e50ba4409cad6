import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { canCheckAudit } from '../../domain/workflow/permissions.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// The whole log is for the central roles (the domain's rule); a proposal's own history follows
// the proposal's policy.

export const auditPolicy = {
  verify: (user: SignedInUser | null) => anyRole(user, canCheckAudit),
  history: (user: SignedInUser | null, proposal: ProposalRef) =>
    proposalPolicy.history(user, proposal),
};
