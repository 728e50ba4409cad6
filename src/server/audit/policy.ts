import { anyRole, type SignedInUser } from '../auth/actor.ts';

// The whole log spans every forvaltning, so only the central roles may check it: Center for
// Økonomi, the secretariat, and readers (auditors read through that role). A proposal's own
// history follows the proposal's policy.

export const auditPolicy = {
  verify: (user: SignedInUser | null) =>
    anyRole(user, (a) => a.role === 'finance' || a.role === 'secretariat' || a.role === 'reader'),
};
