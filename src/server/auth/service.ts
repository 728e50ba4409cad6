import { entityChanged } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import type { FoundSession, SignedInUser } from './actor.ts';
import type { ProviderAccount } from './claims.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { THROTTLE } from './throttle.ts';
import { csrfTokenFor, newSessionToken, tokenHash } from './tokens.ts';
import { say } from '../words.ts';

// Signing in and out. Attempts are counted in the database before the password is checked
// (auth/throttle.ts), so the limits hold however many requests and app servers there are.

export interface AuthOptions {
  sessionTtlSeconds: number;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: SignedInUser;
}

const BAD_CREDENTIALS = say('problem.signIn.wrong');

// Compared against when the username is unknown, so a wrong name takes as long as a wrong
// password and the answer's timing does not tell which usernames exist.
const unknownUserHash = hashPassword(newSessionToken());

const wait = (seconds: number) =>
  seconds < 60
    ? say('problem.wait.seconds', { n: seconds })
    : say('problem.wait.minutes', { n: Math.ceil(seconds / 60) });

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
      const pair = `pair:${name}@${address}`;
      const user = `user:${name}`;
      const reserved = await users.reserveAttempt([
        { key: pair, rule: THROTTLE.pair },
        { key: user, rule: THROTTLE.user },
        { key: `address:${address}`, rule: THROTTLE.address },
      ]);
      // Refused before the password is checked, so a guesser who must wait learns nothing.
      if (!reserved.allowed) {
        return fail({
          error: 'TooManyRequests',
          message: say('problem.signIn.tooMany', { wait: wait(reserved.retryAfterSeconds) }),
          retryAfterSeconds: reserved.retryAfterSeconds,
        });
      }
      const found = await users.findLocal(name);
      const valid = await verifyPassword(password, found?.passwordHash ?? (await unknownUserHash));
      if (!found || !valid) {
        await recordFailedSignIn(name, address);
        return fail({ error: 'Unauthorized', message: BAD_CREDENTIALS });
      }
      await users.clearAttempts([pair, user]);
      return ok(await startSession(found.user, { method: 'password', address }));
    },

    /** After the identity provider vouched for the person: their account as the claims say. */
    async signInFromProvider(account: ProviderAccount): Promise<NewSession> {
      return startSession(await users.upsertFromProvider(account), { method: 'oidc' });
    },

    async signOut({ token }: { token: string }): Promise<void> {
      await transaction(async (tx) => {
        const user = (await tx.users.findSession(tokenHash(token)))?.user;
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

    async sessionOf({ token }: { token: string }): Promise<FoundSession | null> {
      return users.findSession(tokenHash(token));
    },
  };
}
