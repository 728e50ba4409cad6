import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { me } from '../../shared/auth-schema.ts';
import { createApp } from '../app.ts';
import { services } from '../services.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenMunicipality, unique } from '../test/factories.ts';
import { givenUser } from '../test/users.ts';

// Sign-in through a real OpenID provider (oidc-provider) on loopback, followed as a browser
// would: real HTTP, redirects by hand, the provider's own sign-in and consent forms, cookies
// kept per site. The provider's login name decides the claims it hands out.

const CLIENT = { id: 'puljer', secret: 'hemmelig-klientnoegle' };

/**
 * The claims the provider gives each login name. Names are unique per run, because users stay
 * in the shared test database; a login starting with 'karin' is a reviewer in `administration`.
 */
function claimsFor(login: string, administration: string): Record<string, unknown> {
  if (login.startsWith('karin')) {
    return {
      name: 'Karin Kommune',
      preferred_username: login,
      puljer_roller: ['reviewer', 'reader'],
      forvaltning: administration,
    };
  }
  // 'samme-<name>': someone whose preferred username is <name>, an existing local account's.
  if (login.startsWith('samme-')) {
    return {
      name: 'Navnebror',
      preferred_username: login.slice('samme-'.length),
      puljer_roller: 'finance',
    };
  }
  if (login.startsWith('uden-rolle')) {
    return { name: 'Uden Rolle', preferred_username: login, puljer_roller: [] };
  }
  return { name: login, preferred_username: login, puljer_roller: 'author', forvaltning: 'XX' };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A browser's cookie jar, reduced to what this flow needs: name=value per host and port. */
class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  store(url: URL, response: Response): void {
    const jar = this.byHost.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    this.byHost.set(url.host, jar);
  }

  header(url: URL): string {
    return [...(this.byHost.get(url.host) ?? [])].map(([n, v]) => `${n}=${v}`).join('; ');
  }

  get(url: URL, name: string): string | undefined {
    return this.byHost.get(url.host)?.get(name);
  }
}

/**
 * Starts at `start` and follows redirects; a page with a form (the provider's sign-in, then
 * its consent) is submitted with `fields`. Ends at the first answer that is neither.
 */
async function browse(start: URL, jar: CookieJar, fields: Record<string, string>) {
  let url = start;
  let init: RequestInit = {};
  for (let hops = 0; hops < 20; hops++) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie: jar.header(url) },
    });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      init = {};
      continue;
    }
    const body = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
    if (!action) return { url, status: response.status, body };
    const form = new URLSearchParams();
    for (const input of body.matchAll(/<input[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?/g)) {
      const name = input[1]!;
      form.set(name, fields[name] ?? input[2] ?? '');
    }
    url = new URL(action.replace(/&amp;/g, '&'), url);
    init = {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error(`too many redirects, last at ${url.href}`);
}

describe.each(testDatabases())('sign-in through an OpenID provider on $name', (target) => {
  let t: TestApp;
  let app: Awaited<ReturnType<typeof createApp>>;
  let appUrl: string;
  let providerServer: Server;
  let administration: string;
  const karin = unique('karin-');

  beforeAll(async () => {
    t = await startTestApp(target);
    administration = (await givenMunicipality(t.access)).administration;

    // Both ports are needed before either side is configured: the provider's issuer URL and
    // the app's redirect URL name each other.
    providerServer = createServer();
    const providerPort = await listen(providerServer);
    const appProbe = createServer();
    const appPort = await listen(appProbe);
    await new Promise((resolve) => appProbe.close(resolve));

    const issuer = `http://127.0.0.1:${providerPort}`;
    appUrl = `http://127.0.0.1:${appPort}`;
    const redirectUrl = `${appUrl}/api/auth/oidc/callback`;

    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [redirectUrl],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: {
        openid: ['sub'],
        profile: ['name', 'preferred_username', 'puljer_roller', 'forvaltning'],
      },
      findAccount: (_context, sub) => ({
        accountId: sub,
        claims: () => ({ sub, ...claimsFor(sub, administration) }),
      }),
      cookies: { keys: ['en-noegle-kun-til-testen'] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    });
    providerServer.on('request', provider.callback());

    app = await createApp({
      services: services(t.access, {
        auth: {
          sessionTtlSeconds: 3600,
          demoAccounts: [],
          oidc: {
            issuer,
            clientId: CLIENT.id,
            clientSecret: CLIENT.secret,
            redirectUrl,
            scope: 'openid profile',
            roleClaim: 'puljer_roller',
            administrationClaim: 'forvaltning',
          },
        },
      }),
    });
    await app.listen({ host: '127.0.0.1', port: appPort });
  });

  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => providerServer?.close(resolve));
    await t?.close();
  });

  it('signs in at the provider and ends with a session showing role and forvaltning', async () => {
    const jar = new CookieJar();
    const end = await browse(new URL('/api/auth/oidc/start', appUrl), jar, {
      login: karin,
      password: 'hvad-som-helst',
    });
    // Back at the web app's front page, with the session cookie set by the callback.
    expect(`${end.url.origin}${end.url.pathname}`).toBe(`${appUrl}/`);
    const cookie = jar.get(new URL(appUrl), 'puljer_session');
    expect(cookie).toBeDefined();

    const response = await fetch(`${appUrl}/api/auth/me`, {
      headers: { cookie: `puljer_session=${cookie}` },
    });
    expect(response.status).toBe(200);
    expect(me.parse(await response.json())).toMatchObject({
      username: karin,
      name: 'Karin Kommune',
      roles: expect.arrayContaining([
        { role: 'reviewer', administration, hearingBody: null },
        { role: 'reader', administration: null, hearingBody: null },
      ]),
    });
  });

  it('keeps one user per person at the provider across sign-ins', async () => {
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const jar = new CookieJar();
      await browse(new URL('/api/auth/oidc/start', appUrl), jar, { login: karin, password: 'x' });
      const response = await fetch(`${appUrl}/api/auth/me`, {
        headers: { cookie: `puljer_session=${jar.get(new URL(appUrl), 'puljer_session')}` },
      });
      ids.push(me.parse(await response.json()).id);
    }
    expect(ids[0]).toBe(ids[1]);
  });

  it.each([
    [unique('uden-rolle-'), 'role'],
    [unique('ukendt-forvaltning-'), 'administration'],
  ])('sends %s back to the sign-in page without a session (%s)', async (login, reason) => {
    const jar = new CookieJar();
    const end = await browse(new URL('/api/auth/oidc/start', appUrl), jar, {
      login,
      password: 'x',
    });
    expect(`${end.url.pathname}${end.url.search}`).toBe(`/log-ind?fejl=${reason}`);
    expect(jar.get(new URL(appUrl), 'puljer_session')).toBeUndefined();
  });

  it('gives a person whose username a local account has a username of their own', async () => {
    const local = await givenUser(t.access, [
      { role: 'reader', administration: null, hearingBody: null },
    ]);
    const jar = new CookieJar();
    await browse(new URL('/api/auth/oidc/start', appUrl), jar, {
      login: `samme-${local.username}`,
      password: 'x',
    });
    const fromProvider = await fetch(`${appUrl}/api/auth/me`, {
      headers: { cookie: `puljer_session=${jar.get(new URL(appUrl), 'puljer_session')}` },
    });
    const person = me.parse(await fromProvider.json());
    expect(person.username).toMatch(new RegExp(`^${local.username}-[0-9a-f]{8}$`));
    expect(person.roles).toEqual([{ role: 'finance', administration: null, hearingBody: null }]);

    // The local account is untouched: same password, same role.
    const signedIn = await fetch(`${appUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(local),
    });
    expect(me.parse(await signedIn.json()).roles).toEqual([
      { role: 'reader', administration: null, hearingBody: null },
    ]);
  });

  it('refuses a callback that did not start here (no matching state)', async () => {
    const response = await fetch(`${appUrl}/api/auth/oidc/callback?code=gaettet&state=falsk`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/log-ind?fejl=provider');
  });
});
