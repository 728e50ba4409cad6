import { canChangePriceIndex } from '../../domain/workflow/permissions.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';

// Only the pool secretariat changes the index (the domain's rule, which the web app asks too);
// everyone signed in may read it.

export const priceIndexPolicy = {
  change: (user: SignedInUser | null) => anyRole(user, canChangePriceIndex),
};
