import { canPrioritise } from '../../domain/workflow/permissions.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';

// Everyone signed in sees a round's ranking; scoring and running the optimiser is for whoever
// may recommend (the domain's rule, which the web app asks too).

export const portfolioPolicy = {
  prioritise: (user: SignedInUser | null) => anyRole(user, canPrioritise),
};
