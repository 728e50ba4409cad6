import { canManageGoals } from '../../../domain/followup/permissions.ts';
import type { ProposalRef } from '../../../domain/workflow/decide.ts';
import { anyRole, type SignedInUser } from '../../auth/actor.ts';
import { proposalPolicy } from '../../proposals/policy.ts';

// Whoever may read a granted proposal reads its goals; its own forvaltning and the secretariat
// keep them (the domain's rule, which the web app's forms ask too).

export const goalPolicy = {
  read: (user: SignedInUser | null, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  manage: (user: SignedInUser | null, proposal: ProposalRef) =>
    anyRole(user, (a) => canManageGoals(a, proposal)),
};
