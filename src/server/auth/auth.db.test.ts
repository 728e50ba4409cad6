import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { me } from '../../shared/auth-schema.ts';
import { createApp } from '../app.ts';
import { sessions } from '../db/schema.ts';
import { services } from '../services.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { authorDraft, givenMunicipality, unique } from '../test/factories.ts';
import { givenUser, sessionCookieOf, signIn, type TestUser } from '../test/users.ts';
import { tokenHash } from './tokens.ts';

// Sign-in attempts count per address in the shared database for 15 minutes, so each run signs
// in from an address of its own (through a trusted proxy) and never inherits an earlier count.
const randomAddress = () =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

describe.each(testDatabases())('signing in on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { trustProxy: true });
  });
  afterAll(() => t?.close());

  const address = randomAddress();
  const login = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: payload as object,
      headers: { 'x-forwarded-for': address, ...headers },
    });

  const whoAmI = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });

  let administration = '';
  async function givenSofReviewer(): Promise<TestUser> {
    const m = await givenMunicipality(t.access);
    administration = m.administration;
    return givenUser(t.access, [{ role: 'reviewer', administration }]);
  }

  it('sets an http-only, SameSite=Strict session cookie and shows the role and forvaltning', async () => {
    const user = await givenSofReviewer();
    const response = await login(user);
    expect(response.statusCode, response.body).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // Served over plain http here, so not Secure: a browser would drop a Secure cookie.
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.expires?.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);

    const signedIn = me.parse((await whoAmI(`puljer_session=${cookie?.value}`)).json());
    expect(signedIn).toMatchObject({
      username: user.username,
      roles: [{ role: 'reviewer', administration }],
    });
    expect(signedIn.csrfToken).toBe(response.json().csrfToken);
  });

  it('stores only a hash of the session token, so the table alone signs nobody in', async () => {
    const user = await givenSofReviewer();
    const token = sessionCookieOf(await login(user))?.value ?? '';
    const rows = await t.access.db.select().from(sessions).where(eq(sessions.tokenHash, token));
    expect(rows).toEqual([]);
    const hashed = await t.access.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHash(token)));
    expect(hashed).toHaveLength(1);
  });

  it('sets the cookie Secure when the request came over https through a trusted proxy', async () => {
    const behindProxy = await startTestApp(target, { trustProxy: true });
    try {
      const user = await givenUser(behindProxy.access, [{ role: 'finance', administration: null }]);
      const response = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: user,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(sessionCookieOf(response)?.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('answers 401 in Danish, the same for a wrong password and an unknown user', async () => {
    const user = await givenSofReviewer();
    const wrong = expectProblem(await login({ ...user, password: 'forkert' }), 401, 'Unauthorized');
    const unknown = expectProblem(
      await login({ username: unique('ingen-'), password: 'x' }),
      401,
      'Unauthorized',
    );
    expect(wrong.message).toBe('Forkert brugernavn eller adgangskode.');
    expect(unknown.message).toBe(wrong.message);
  });

  it.each([
    ['username', { password: 'x' }],
    ['password', { username: 'sekretariat', password: '' }],
    ['rolle', { username: 'a', password: 'b', rolle: 'secretariat' }],
  ])('answers 400 naming %s on bad input', async (field, payload) => {
    expectProblem(await login(payload), 400, 'ValidationError', field);
  });

  it('signs in whatever the case and spacing of the username', async () => {
    const user = await givenSofReviewer();
    const response = await login({ ...user, username: `  ${user.username.toUpperCase()} ` });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const user = await givenSofReviewer();
    const response = await login(user, { origin: 'https://ondsindet.example' });
    expectProblem(response, 403, 'Forbidden');
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it('slows a username down from one address after 5 attempts, not the real user elsewhere', async () => {
    const user = await givenSofReviewer();
    for (let i = 0; i < 5; i++) {
      expectProblem(await login({ ...user, password: `gæt-${i}` }), 401, 'Unauthorized');
    }
    const slowed = await login(user);
    expectProblem(slowed, 429, 'TooManyRequests');
    expect(slowed.headers['retry-after']).toBe('30');
    expect(slowed.json().message).toMatch(/Prøv igen om 30 sekunder/);
    const elsewhere = await login(user, { 'x-forwarded-for': randomAddress() });
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
  });

  it('checks at most 5 of 200 simultaneous wrong passwords, on two app servers', async () => {
    const user = await givenSofReviewer();
    const from = { 'x-forwarded-for': randomAddress() };
    const servers = [
      await createApp({ services: services(t.access), trustProxy: true }),
      await createApp({ services: services(t.access), trustProxy: true }),
    ];
    try {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          servers[i % 2]!.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { ...user, password: `gæt-${i}` },
            headers: from,
          }),
        ),
      );
      // 401 is an answer from the password hash; 429 was refused before it was checked, and
      // 503 before it was even taken up (load shedding: 100 at once on each server).
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((c) => c === 401)).toHaveLength(5);
      expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
      const refused = answers.filter((a) => a.statusCode !== 401);
      expect(refused.map((a) => a.statusCode).filter((c) => c !== 429 && c !== 503)).toEqual([]);
      expect(refused.filter((a) => a.headers['retry-after'] === undefined)).toEqual([]);
      const elsewhere = await login(user, { 'x-forwarded-for': randomAddress() });
      expect(elsewhere.statusCode, elsewhere.body).toBe(200);
    } finally {
      for (const server of servers) await server.close();
    }
  });

  it('lets colleagues behind one address sign in after 50 failures of others there', async () => {
    const user = await givenSofReviewer();
    const from = { 'x-forwarded-for': randomAddress() };
    for (let i = 0; i < 50; i++) {
      const response = await login({ username: unique('gaet-'), password: 'x' }, from);
      expect(response.statusCode).toBe(401);
    }
    const colleague = await login(user, from);
    expect(colleague.statusCode, colleague.body).toBe(200);
  });

  it('answers /me with 401 without a session, and after the session has expired', async () => {
    expectProblem(await whoAmI(), 401, 'Unauthorized');
    const user = await givenSofReviewer();
    const token = sessionCookieOf(await login(user))?.value ?? '';
    await t.access.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, tokenHash(token)));
    expectProblem(await whoAmI(`puljer_session=${token}`), 401, 'Unauthorized');
  });

  it('signs out only with the session’s CSRF token, and the session is gone afterwards', async () => {
    const user = await givenSofReviewer();
    const session = await signIn(t.app, user);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expectProblem(forged, 403, 'Forbidden', 'x-csrf-token');
    expect((await whoAmI(session.cookie)).statusCode).toBe(200);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(sessionCookieOf(out)?.value).toBe('');
    expectProblem(await whoAmI(session.cookie), 401, 'Unauthorized');
  });

  it('sends security headers with a content security policy on API answers and pages', async () => {
    for (const url of ['/api/health', '/']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  describe('with access enforced, as the routes declare it', () => {
    let enforced: TestApp;
    beforeAll(async () => {
      enforced = await startTestApp(target);
    });
    afterAll(() => enforced?.close());

    it('answers 401 without a session and lets the public routes through', async () => {
      const list = await enforced.app.inject({ method: 'GET', url: '/api/proposals' });
      expectProblem(list, 401, 'Unauthorized');
      expect((await enforced.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(
        200,
      );
    });

    it('lets a write through only with the session’s CSRF token', async () => {
      const m = await givenMunicipality(enforced.access);
      const user = await givenUser(enforced.access, [
        { role: 'author', administration: m.administration },
      ]);
      const session = await signIn(enforced.app, user);
      const post = (headers: Record<string, string>) =>
        enforced.app.inject({
          method: 'POST',
          url: '/api/proposals',
          payload: authorDraft(m),
          headers,
        });
      expectProblem(await post({ cookie: session.cookie }), 403, 'Forbidden', 'x-csrf-token');
      expectProblem(
        await post({ cookie: session.cookie, 'x-csrf-token': 'gættet' }),
        403,
        'Forbidden',
      );
      expect((await post(session.headers)).statusCode).toBe(201);
    });
  });
});
