import { anyRole, type SignedInUser } from '../auth/actor.ts';

// The index converts every proposal's Tabel 1 between price levels, so only the pool
// secretariat, which keeps it from KL's price and wage forecasts, may change it. Everyone
// signed in may read it.

export const priceIndexPolicy = {
  change: (user: SignedInUser | null) => anyRole(user, (actor) => actor.role === 'secretariat'),
};
