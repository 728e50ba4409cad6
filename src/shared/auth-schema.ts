import { z } from 'zod';
import { ROLES } from '../domain/workflow/roles.ts';

// Signing in and who is signed in, as the server answers and the web app reads it.

export const loginInput = z.strictObject({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.infer<typeof loginInput>;

export const roleGrant = z.object({
  role: z.enum(ROLES),
  /** The forvaltning an author or reviewer acts for; null for the central roles. */
  administration: z.string().nullable(),
  /** The body a hearing account answers for (Tabel 6); null for every other role. */
  hearingBody: z.string().nullable().default(null),
});
export type RoleGrantOutput = z.infer<typeof roleGrant>;

export const me = z
  .object({
    id: z.uuid(),
    username: z.string(),
    name: z.string(),
    roles: z.array(roleGrant),
    /** Send it back in the X-CSRF-Token header with every write. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof me>;

export const signInOptions = z.object({
  /** Whether sign-in through the municipality's identity provider is set up. */
  oidc: z.boolean(),
  /** In demo mode, the accounts whose password is `demo`; empty otherwise. */
  demoAccounts: z.array(
    z.object({ username: z.string(), name: z.string(), roles: z.array(roleGrant) }),
  ),
});
export type SignInOptions = z.infer<typeof signInOptions>;
