import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import type { SignedInUser } from './actor.ts';
import type { ProviderAccount } from './claims.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { THROTTLE } from './throttle.ts';
import { csrfTokenFor, newSessionToken, tokenHash } from './tokens.ts';

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

const BAD_CREDENTIALS = 'Forkert brugernavn eller adgangskode.';

// Compared against when the username is unknown, so a wrong name takes as long as a wrong
// password and the answer's timing does not tell which usernames exist.
const unknownUserHash = hashPassword(newSessionToken());

const waitInDanish = (seconds: number) =>
  seconds < 60
    ? `${seconds} sekunder`
    : `${Math.ceil(seconds / 60)} ${seconds <= 60 ? 'minut' : 'minutter'}`;

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function authService({ users }: DataAccess, { sessionTtlSeconds }: AuthOptions) {
  async function startSession(user: SignedInUser): Promise<NewSession> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + sessionTtlSeconds * 1000);
    await users.createSession(tokenHash(token), user.id, expiresAt);
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
          message: `For mange forsøg på at logge ind. Prøv igen om ${waitInDanish(reserved.retryAfterSeconds)}.`,
          retryAfterSeconds: reserved.retryAfterSeconds,
        });
      }
      const found = await users.findLocal(name);
      const valid = await verifyPassword(password, found?.passwordHash ?? (await unknownUserHash));
      if (!found || !valid) return fail({ error: 'Unauthorized', message: BAD_CREDENTIALS });
      await users.clearAttempts([pair, user]);
      return ok(await startSession(found.user));
    },

    /** After the identity provider vouched for the person: their account as the claims say. */
    async signInFromProvider(account: ProviderAccount): Promise<NewSession> {
      return startSession(await users.upsertFromProvider(account));
    },

    async signOut({ token }: { token: string }): Promise<void> {
      await users.deleteSession(tokenHash(token));
    },

    async sessionUser({ token }: { token: string }): Promise<SignedInUser | null> {
      return users.findSession(tokenHash(token));
    },
  };
}
