import type { Actor, Role } from '../../domain/workflow/roles.ts';

// Who is asking. A user may hold several roles (a reviewer in SOF who also reads the
// portfolio); the domain decides per role, so a user may do what any one of their roles may.

export interface RoleGrant {
  role: Role;
  /** The forvaltning an author or reviewer acts for; null for the central roles. */
  administration: string | null;
  /** The body a hearing account answers for; null or absent for every other role. */
  hearingBody?: string | null;
}

export interface SignedInUser {
  id: string;
  username: string;
  name: string;
  roles: RoleGrant[];
}

/** A signed-in request's session: who, and the data version as the session was looked up. */
export interface FoundSession {
  user: SignedInUser;
  dataVersion: number;
}

export function actorsOf(user: SignedInUser): Actor[] {
  return user.roles.map(({ role, administration, hearingBody = null }) => ({
    userId: user.id,
    role,
    administration,
    hearingBody,
  }));
}

/** Whether any of the user's roles passes `check`; nobody who is not signed in does. */
export function anyRole(user: SignedInUser | null, check: (actor: Actor) => boolean): boolean {
  return user !== null && actorsOf(user).some(check);
}
