import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';

// Everyone signed in reads a round's rules; only the secretariat keeps them and opens the round
// for decision (the domain's rule, which the web app asks too).

export const roundPolicy = {
  keepRules: (user: SignedInUser | null) => anyRole(user, canKeepRounds),
};
