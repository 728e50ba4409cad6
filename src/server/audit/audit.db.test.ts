import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHistory, auditVerdict, type AuditEntryOutput } from '../../shared/audit-schema.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import {
  authorDraft,
  fullProposal,
  givenMunicipality,
  type Municipality,
} from '../test/factories.ts';
import { givenUser, signIn } from '../test/users.ts';

describe.each(testDatabases())('the audit log of proposals on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
  });
  afterAll(() => t?.close());

  async function create(headers: Record<string, string> = {}, payload = fullProposal(m)) {
    const response = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload,
      headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    return proposalOutput.parse(response.json());
  }

  async function history(id: string): Promise<AuditEntryOutput[]> {
    const response = await t.api({ method: 'GET', url: `/api/proposals/${id}/history` });
    expect(response.statusCode, response.body).toBe(200);
    return auditHistory.parse(response.json()).items;
  }

  it('pages the history newest first, each page with the total, as the proposal page asks', async () => {
    const created = await create();
    let version = created.version;
    for (const title of ['Anden titel', 'Tredje titel']) {
      const saved = await t.api({
        method: 'PUT',
        url: `/api/proposals/${created.id}`,
        payload: { ...fullProposal(m, { code: created.code }), title, version },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      version += 1;
    }
    const pages = [];
    for (const offset of [0, 2]) {
      const response = await t.api(
        `/api/proposals/${created.id}/history?order=desc&limit=2&offset=${offset}`,
      );
      const page = auditHistory.parse(response.json());
      expect(page.total).toBe(3);
      pages.push(...page.items.map((e) => e.version));
    }
    expect(pages).toEqual([3, 2, 1]);
  });

  it('records a create and each save with the field-level changes, oldest first', async () => {
    const created = await create();
    const saved = await t.api({
      method: 'PUT',
      url: `/api/proposals/${created.id}`,
      payload: {
        ...fullProposal(m, { code: created.code }),
        title: 'Ny titel',
        economy: {
          ...created.economy,
          rows: created.economy.rows.map((row, i) =>
            i === 2 ? { ...row, values: [1600, 500] } : row,
          ),
        },
        version: 1,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const entries = await history(created.id);
    expect(entries.map((e) => [e.action, e.fromState, e.toState, e.version])).toEqual([
      ['proposal.create', null, 'draft', 1],
      ['proposal.update', 'draft', 'draft', 2],
    ]);
    expect(entries[0]!.changes.map((c) => c.path)).toContain('title');
    // Amounts in thousands of kroner, as the API writes Tabel 1 everywhere else.
    expect(entries[1]!.changes).toEqual([
      { path: 'economy.rows.2.values.0', before: 1500.001, after: 1600 },
      { path: 'title', before: 'Automatisering af visitation', after: 'Ny titel' },
    ]);
    expect(entries[1]!.seq).toBeGreaterThan(entries[0]!.seq);
  });

  it('names the signed-in user as the actor, and writes nothing for a write without a session', async () => {
    const user = await givenUser(t.access, [{ role: 'author', administration: m.administration }]);
    const session = await signIn(t.app, user);
    const mine = await create(session.headers, authorDraft(m));
    expect((await history(mine.id))[0]!.actor).toEqual({
      kind: 'user',
      username: user.username,
      name: `Testbruger ${user.username}`,
    });
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/proposals/${mine.id}`,
      payload: { ...fullProposal(m), version: 1 },
    });
    expectProblem(anonymous, 401, 'Unauthorized');
    expect(await history(mine.id)).toHaveLength(1);
  });

  it('writes no entry for a save refused as stale or as invalid', async () => {
    const created = await create();
    const stale = await t.api({
      method: 'PUT',
      url: `/api/proposals/${created.id}`,
      payload: { ...fullProposal(m), version: 7 },
    });
    expectProblem(stale, 409, 'Conflict');
    const invalid = await t.api({
      method: 'PUT',
      url: `/api/proposals/${created.id}`,
      payload: { ...fullProposal(m), leadAdministration: 'FINDES-IKKE', version: 1 },
    });
    expectProblem(invalid, 400, 'ValidationError', 'leadAdministration');
    expect(await history(created.id)).toHaveLength(1);
  });

  it('answers 404 for the history of a proposal that does not exist', async () => {
    const response = await t.api({
      method: 'GET',
      url: '/api/proposals/00000000-0000-4000-8000-000000000000/history',
    });
    expectProblem(response, 404, 'NotFound');
  });

  it('keeps one unbroken chain when many saves run at once', async () => {
    const proposals = await Promise.all([1, 2, 3, 4, 5, 6].map(() => create()));
    await Promise.all(
      proposals.map((p) =>
        t.api({
          method: 'PUT',
          url: `/api/proposals/${p.id}`,
          payload: { ...fullProposal(m), title: `Samtidig ${p.id}`, version: 1 },
        }),
      ),
    );
    const verify = await t.api({ method: 'GET', url: '/api/audit/verify' });
    const verdict = auditVerdict.parse(verify.json());
    expect(verdict).toMatchObject({ intact: true });
    expect(verdict.entries).toBeGreaterThanOrEqual(12);
  });
});
