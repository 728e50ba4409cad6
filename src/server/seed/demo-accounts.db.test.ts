import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { me } from '../../shared/auth-schema.ts';
import { demoAccounts } from '../demo/accounts.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { seedDemoAccounts } from './seed.ts';

// Demo accounts are seeded into a fresh embedded database, as demo mode's first start does.

describe('demo accounts', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ name: 'PGlite', options: { driver: 'pglite', dataDir: null } });
  });
  afterEach(() => t?.close());

  const signIn = (username: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'demo' },
    });

  it('signs every role in with the password demo, authors and reviewers for their forvaltning', async () => {
    await t.access.reference.insertMissing({
      administrations: [
        { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
        { code: 'SOF', name: 'Socialforvaltningen' },
      ],
      committees: [],
      rounds: [],
      hearingBodies: [],
      submissionRules: [],
      pools: [],
    });
    expect(await seedDemoAccounts({ access: t.access, accounts: demoAccounts })).toEqual({
      added: 8,
    });
    const roles = new Map<string, unknown>();
    for (const { username } of demoAccounts) {
      const response = await signIn(username);
      expect(response.statusCode, username).toBe(200);
      roles.set(username, me.parse(response.json()).roles);
    }
    expect(Object.fromEntries(roles)).toMatchObject({
      sekretariat: [{ role: 'secretariat', administration: null }],
      okonomi: [{ role: 'finance', administration: null }],
      laeser: [{ role: 'reader', administration: null }],
      hoering: [{ role: 'hearing', administration: null }],
      'forfatter-bif': [{ role: 'author', administration: 'BIF' }],
      'reviewer-sof': [{ role: 'reviewer', administration: 'SOF' }],
    });
  });

  it('adds nothing at the next start, and leaves out authors whose forvaltning is missing', async () => {
    const first = await seedDemoAccounts({ access: t.access, accounts: demoAccounts });
    expect(first).toEqual({ added: 4 });
    expect(await seedDemoAccounts({ access: t.access, accounts: demoAccounts })).toEqual({
      added: 0,
    });
    expect((await signIn('forfatter-sof')).statusCode).toBe(401);
  });
});
