import { entityChanged } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import type { SignedInUser } from './actor.ts';
import type { ProviderAccount } from './claims.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { csrfTokenFor, newSessionToken, tokenHash } from './tokens.ts';

// Signing in and out. Failed attempts are counted in the database, per username and per
// address, so the limit holds however many app servers share the load.

export interface AuthOptions {
  sessionTtlSeconds: number;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: SignedInUser;
}

const WINDOW_SECONDS = 15 * 60;
/** Guessing one account's password stops here; its owner waits out the window at worst. */
const FAILURES_PER_USERNAME = 5;
/** Higher: many people sign in from one town hall address. */
const FAILURES_PER_ADDRESS = 50;

const BAD_CREDENTIALS = 'Forkert brugernavn eller adgangskode.';

// Compared against when the username is unknown, so a wrong name takes as long as a wrong
// password and the answer's timing does not tell which usernames exist.
const unknownUserHash = hashPassword(newSessionToken());

/** The name tried and where from; never the password. */
function failedSignIn(username: string, address: string) {
  return entityChanged({
    actor: 'anonymous',
    action: 'auth.sign-in-failed',
    entity: { type: 'user', id: username },
    details: { username, address },
  });
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function authService(
  { users, transaction }: DataAccess,
  { sessionTtlSeconds }: AuthOptions,
) {
  const recordFailedSignIn = (username: string, address: string) =>
    transaction((tx) => tx.audit.append(failedSignIn(username, address)));

  /** The session and its sign-in entry commit together; the entry holds no token. */
  async function startSession(
    user: SignedInUser,
    how: { method: 'password' | 'oidc'; address?: string },
  ): Promise<NewSession> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + sessionTtlSeconds * 1000);
    await transaction(async (tx) => {
      await tx.users.createSession(tokenHash(token), user.id, expiresAt);
      await tx.audit.append(
        entityChanged({
          actor: user,
          action: 'auth.sign-in',
          entity: { type: 'user', id: user.username },
          details: how,
        }),
      );
    });
    return { token, csrfToken: csrfTokenFor(token), expiresAt, user };
  }

  return {
    async signIn({
      username,
      password,
      address,
    }: {
      username: string;
      password: string;
      address: string;
    }): Promise<Result<NewSession>> {
      const name = normaliseUsername(username);
      const keys = [`user:${name}`, `address:${address}`];
      const [byName = 0, byAddress = 0] = await users.failures(keys, WINDOW_SECONDS);
      // Checked before the password, so a locked account gives a guesser no answer at all.
      if (byName >= FAILURES_PER_USERNAME || byAddress >= FAILURES_PER_ADDRESS) {
        return fail({
          error: 'TooManyRequests',
          message: `For mange mislykkede forsøg på at logge ind. Prøv igen om ${WINDOW_SECONDS / 60} minutter.`,
          retryAfterSeconds: WINDOW_SECONDS,
        });
      }
      const found = await users.findLocal(name);
      const valid = await verifyPassword(password, found?.passwordHash ?? (await unknownUserHash));
      if (!found || !valid) {
        await users.recordFailure(keys, WINDOW_SECONDS);
        await recordFailedSignIn(name, address);
        return fail({ error: 'Unauthorized', message: BAD_CREDENTIALS });
      }
      await users.clearFailures(`user:${name}`);
      return ok(await startSession(found.user, { method: 'password', address }));
    },

    /** After the identity provider vouched for the person: their account as the claims say. */
    async signInFromProvider(account: ProviderAccount): Promise<NewSession> {
      return startSession(await users.upsertFromProvider(account), { method: 'oidc' });
    },

    async signOut({ token }: { token: string }): Promise<void> {
      await transaction(async (tx) => {
        const user = await tx.users.findSession(tokenHash(token));
        await tx.users.deleteSession(tokenHash(token));
        if (!user) return;
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'auth.sign-out',
            entity: { type: 'user', id: user.username },
          }),
        );
      });
    },

    async sessionUser({ token }: { token: string }): Promise<SignedInUser | null> {
      return users.findSession(tokenHash(token));
    },
  };
}
