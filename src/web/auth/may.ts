import type { Actor } from '../../domain/workflow/roles.ts';
import type { Me } from './api.ts';
import { useMe } from './queries.ts';

// The web app asks the domain's permission rules, the same ones the API's policies ask, for each
// of the user's roles: an action is shown when any role may take it, as the API allows it.

export function actorsOf(me: Me | null | undefined): Actor[] {
  return (me?.roles ?? []).map(({ role, administration, hearingBody }) => ({
    userId: me!.id,
    role,
    administration,
    hearingBody,
  }));
}

/** `may(check)`: whether any of the signed-in user's roles passes the domain's `check`. */
export function useMay(): (check: (actor: Actor) => boolean) => boolean {
  const actors = actorsOf(useMe().data);
  return (check) => actors.some(check);
}
