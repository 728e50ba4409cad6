import { canManageImports } from '../../domain/workflow/permissions.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';

// Imports are the pool secretariat's work (the domain's rule, which the web app asks too).
// Which document a proposal came from is part of the proposal, and follows the proposal's
// policy.

export const importPolicy = {
  manage: (user: SignedInUser | null) => anyRole(user, canManageImports),
};
