import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// The whole log spans every forvaltning, so only the central roles may check it: Center for
// Økonomi, the secretariat, and readers (auditors read through that role). A proposal's own
// history follows the proposal's policy.

export const auditPolicy = {
  verify: (user: SignedInUser | null) =>
    anyRole(user, (a) => a.role === 'finance' || a.role === 'secretariat' || a.role === 'reader'),
  history: (user: SignedInUser | null, proposal: ProposalRef) =>
    proposalPolicy.history(user, proposal),
};
