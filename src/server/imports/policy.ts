import { anyRole, type SignedInUser } from '../auth/actor.ts';

// An import reads a document of earlier proposals from every forvaltning and makes drafts of
// them, so it is the pool secretariat's work. Which document a proposal came from is part of
// the proposal, and follows the proposal's policy.

export const importPolicy = {
  manage: (user: SignedInUser | null) => anyRole(user, (a) => a.role === 'secretariat'),
};
