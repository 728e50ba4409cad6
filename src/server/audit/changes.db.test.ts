import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, auditHistory, type AuditLogEntryOutput } from '../../shared/audit-schema.ts';
import { followUpSettingsOutput } from '../../shared/followup-realised-schema.ts';
import { runUsersCli } from '../auth/users-cli.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality, unique } from '../test/factories.ts';
import { givenUser, injectAs, signIn, SECRETARIAT } from '../test/users.ts';

// SPEC: every change is audited, not only a proposal's content. Each change below must leave
// an entry naming who did what to which thing, and none may hold a password or a token.

describe.each(testDatabases())('the audit log beyond proposals on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function entries(type: string): Promise<AuditLogEntryOutput[]> {
    const response = await t.api(`/api/audit/entries?type=${type}&limit=200`);
    expect(response.statusCode, response.body).toBe(200);
    return auditLog.parse(response.json()).items;
  }

  it('records a comment, in the log and in the proposal history', async () => {
    const m = await givenMunicipality(t.access);
    const created = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload: fullProposal(m),
    });
    const { id } = created.json<{ id: string }>();
    const body = unique('Husk Tabel 1 ');
    const comment = await t.api({
      method: 'POST',
      url: `/api/proposals/${id}/comments`,
      payload: { body },
    });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await entries('comment')).find((e) => e.details.body === body)).toMatchObject({
      action: 'comment.add',
      actor: { kind: 'user' },
      proposalId: id,
    });
    const history = auditHistory.parse((await t.api(`/api/proposals/${id}/history`)).json());
    expect(history.items.map((e) => e.action)).toEqual(['proposal.create', 'comment.add']);
  });

  it('records a price index added, changed and removed', async () => {
    // 2093 and 2094 are the realised-figures test's price indices on the shared database.
    const year = 2095 + Math.floor(Math.random() * 4);
    const put = await t.api({
      method: 'PUT',
      url: `/api/price-indices/${year}`,
      payload: { index: 101.5, version: null },
    });
    expect(put.statusCode, put.body).toBe(201);
    const changed = await t.api({
      method: 'PUT',
      url: `/api/price-indices/${year}`,
      payload: { index: 102, version: put.json<{ version: number }>().version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const { version } = changed.json<{ version: number }>();
    const removed = await t.api({
      method: 'DELETE',
      url: `/api/price-indices/${year}?version=${version}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    // Newest first; the price index test may have used the same year earlier on this database.
    const mine = (await entries('price-index'))
      .filter((e) => e.entity.id === String(year))
      .slice(0, 3);
    expect(mine.map((e) => e.action)).toEqual([
      'price-index.remove',
      'price-index.change',
      'price-index.add',
    ]);
    expect(mine[1]!.details).toMatchObject({ year, points: 10_200 });
  });

  it('records sign-in, a failed sign-in with name and address only, and sign-out', async () => {
    const user = await givenUser(t.access, SECRETARIAT);
    const wrong = unique('forkert-kode-');
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: wrong },
    });
    expect(failed.statusCode).toBe(401);
    const session = await signIn(t.app, user);
    const out = await injectAs(t.app, session)({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode, out.body).toBe(204);

    const log = (await entries('user')).filter((e) => e.entity.id === user.username);
    expect(log.map((e) => e.action)).toEqual([
      'auth.sign-out',
      'auth.sign-in',
      'auth.sign-in-failed',
    ]);
    expect(log[2]).toMatchObject({
      actor: { kind: 'anonymous' },
      details: { username: user.username, address: '127.0.0.1' },
    });
    const text = JSON.stringify(log);
    for (const secret of [wrong, user.password, session.csrfToken, session.cookie.split('=')[1]!]) {
      expect(text).not.toContain(secret);
    }
  });

  it('records users added and passwords changed from the command line, without the password', async () => {
    const username = unique('cli-bruger-');
    const password = unique('hemmelig-adgangskode-');
    const run = (args: string[]) =>
      runUsersCli(args, t.access, { readPassword: async () => password, out: () => {} });
    expect(await run(['add', username, '--name', 'Ny Bruger', '--role', 'reader'])).toBe(0);
    expect(await run(['password', username])).toBe(0);
    const log = (await entries('user')).filter((e) => e.entity.id === username);
    expect(log.map((e) => e.action)).toEqual(['user.password', 'user.add']);
    expect(log[1]!.details).toMatchObject({ name: 'Ny Bruger', via: 'npm run users' });
    expect(JSON.stringify(log)).not.toContain(password);
  });

  it('records the follow-up settings saved twice, each time with what they were before', async () => {
    for (const lagThresholdPercent of [11, 10]) {
      const current = followUpSettingsOutput.parse((await t.api('/api/followup/settings')).json());
      const saved = await t.api({
        method: 'PUT',
        url: '/api/followup/settings',
        payload: { ...current, lagThresholdPercent },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const { items } = await t.services.auditLog({
      type: 'follow-up-settings',
      limit: 1,
      offset: 0,
    });
    const details = items[0]!.detail as { before: object; after: object };
    // The settings' own values; when and by whom they were saved before is in the log already.
    expect(Object.keys(details.before).toSorted()).toEqual([
      'lagThresholdPercent',
      'reportDueDay',
      'reportDueMonth',
      'targets',
    ]);
    expect(details).toMatchObject({ after: { lagThresholdPercent: 10 } });
  });

  it('keeps every such entry in the verified chain', async () => {
    expect(await t.services.verifyAudit()).toEqual({
      intact: true,
      entries: expect.any(Number) as number,
    });
  });
});
