import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { RoleGrant } from '../auth/actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { DataAccess } from '../data-access.ts';
import { unique } from './factories.ts';

// Users for integration tests: a fresh account per test, and signing in through the API as
// a client would, keeping the cookie and the CSRF token for the requests that follow.

export interface TestUser {
  username: string;
  password: string;
}

export async function givenUser(access: DataAccess, roles: RoleGrant[]): Promise<TestUser> {
  const user = { username: unique('bruger-'), password: unique('kode-') };
  await access.users.insertMissing([
    {
      username: user.username,
      name: `Testbruger ${user.username}`,
      passwordHash: await hashPassword(user.password),
      oidcSubject: null,
      roles,
    },
  ]);
  return user;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for a write as the signed-in web app sends it. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export const sessionCookieOf = (response: LightMyRequestResponse) =>
  response.cookies.find((cookie) => cookie.name === 'puljer_session');

export async function signIn(app: FastifyInstance, user: TestUser): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: user });
  expect(response.statusCode, response.body).toBe(200);
  const token = sessionCookieOf(response)?.value;
  if (!token) throw new Error('no session cookie');
  const cookie = `puljer_session=${token}`;
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** `app.inject` as a signed-in client calls it. */
export type Inject = (options: InjectOptions | string) => Promise<LightMyRequestResponse>;

/** Every request carries the session's cookie and CSRF token, beside its own headers. */
export function injectAs(app: FastifyInstance, session: SignedIn): Inject {
  return (options) => {
    const request = typeof options === 'string' ? { url: options } : options;
    return app.inject({ ...request, headers: { ...session.headers, ...request.headers } });
  };
}

/** The pool secretariat sees every proposal and may edit any draft: tests of content use it. */
export const SECRETARIAT: RoleGrant[] = [{ role: 'secretariat', administration: null }];

/** A fresh user with `roles`, signed in, and requests made as them. */
export async function signedInAs(
  t: { app: FastifyInstance; access: DataAccess },
  roles: RoleGrant[] = SECRETARIAT,
): Promise<Inject> {
  return injectAs(t.app, await signIn(t.app, await givenUser(t.access, roles)));
}

export type Person =
  'author' | 'reviewer' | 'otherAuthor' | 'finance' | 'secretariat' | 'hearing' | 'reader';

/** One signed-in user per role: the author and reviewer of `m`'s forvaltning, another's author. */
export async function signedInPeople(
  t: { app: FastifyInstance; access: DataAccess },
  m: { administration: string; otherAdministration: string },
): Promise<Record<Person, SignedIn>> {
  const people: Record<Person, RoleGrant[]> = {
    author: [{ role: 'author', administration: m.administration }],
    reviewer: [{ role: 'reviewer', administration: m.administration }],
    otherAuthor: [{ role: 'author', administration: m.otherAdministration }],
    finance: [{ role: 'finance', administration: null }],
    secretariat: SECRETARIAT,
    hearing: [{ role: 'hearing', administration: null, hearingBody: 'IT-kredsen' }],
    reader: [{ role: 'reader', administration: null }],
  };
  const signedIn = {} as Record<Person, SignedIn>;
  for (const [who, roles] of Object.entries(people)) {
    signedIn[who as Person] = await signIn(t.app, await givenUser(t.access, roles));
  }
  return signedIn;
}
