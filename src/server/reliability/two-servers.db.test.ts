import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, LOAD_PASSWORD, loadUsers } from '../../../bench/archive.ts';
import { signIn, startServer, type Server } from '../../../bench/server.ts';
import { runUsers, type SimulatedUser } from '../../../test/load/users.ts';
import { seededRandom, syntheticDocument } from '../../import/synthetic-document.ts';
import { auditVerdict } from '../../shared/audit-schema.ts';
import { importDetail, importOutput, type ImportOutput } from '../../shared/import-schemas.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { multipartUpload } from '../imports/test-upload.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { loopbackProxy, UPSTREAM_HEADER, type LoopbackProxy } from '../test/loopback-proxy.ts';

// The README's promise that app servers keep no state of their own, so several can run behind
// a load balancer: two real servers (main.ts, each a process of its own with its own connection
// pool) on one PostgreSQL database, behind a proxy on loopback that hands each request to the
// next server in turn. Sessions, CSRF tokens, the audit chain, an import's progress and the load
// test's simulated users work across both.
//
// On a shared 2-core machine the servers may be slow; the test asserts what is right (every
// answer, a chain that verifies, nothing lost), never how fast, and its work is bounded by count,
// not by time, with generous timeouts. PostgreSQL only: PGlite is one process's database.

const url = process.env.TEST_DATABASE_URL;
/** Simulated users of the load test, each for ROUNDS rounds of reading and saving. */
const USERS = 8;
const ROUNDS = 3;

describe.skipIf(!url)('two app servers behind a loopback proxy on one PostgreSQL', () => {
  let fresh: FreshDatabase;
  const servers: Server[] = [];
  let proxy: LoopbackProxy;
  let users: SimulatedUser[];
  /** The secretariat's simulated user and one author's, and drafts of theirs. */
  let secretariat: SimulatedUser;
  let author: SimulatedUser;

  beforeAll(async () => {
    fresh = await freshDatabase({ name: 'PostgreSQL', options: { driver: 'postgres', url: url! } });
    if (fresh.options.driver !== 'postgres') throw new Error('PostgreSQL expected');
    // The demo data, as its seed writes it (with its audit entries), and accounts for the
    // simulated users and two more; no copies, which the audit log would not know.
    await buildArchive(fresh.options, { proposals: 0, users: USERS + 2 });
    // Behind the proxy each client has its own address (X-Forwarded-For), as in production.
    const env = { DATABASE_URL: fresh.options.url, TRUST_PROXY: 'true', DEMO_MODE: 'false' };
    // Started at once, as after a deployment; one that did start is stopped even if the other
    // did not.
    const started = await Promise.allSettled([startServer(env), startServer(env)]);
    for (const outcome of started) if (outcome.status === 'fulfilled') servers.push(outcome.value);
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
    proxy = await loopbackProxy(servers.map((server) => server.url));

    // A draft for each account, in its forvaltning, made through the proxy by the secretariat
    // from a demo proposal's content.
    const accounts = loadUsers(USERS + 2);
    const headers = await signIn(proxy.url, accounts[0]!.username, LOAD_PASSWORD);
    const list = await call(proxy.url, '/api/proposals?limit=1', { headers });
    const [demo] = (list.json() as { items: { id: string }[] }).items;
    const template = (await call(proxy.url, `/api/proposals/${demo!.id}`, { headers })).json();
    const {
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      version: _v,
      financeApproval: _f,
      hearings: _h,
      ...content
    } = template as Record<string, unknown>;
    const all: SimulatedUser[] = [];
    for (const account of accounts) {
      const created = await call(proxy.url, '/api/proposals', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          ...content,
          code: null,
          title: `Kladde for ${account.username}`,
          leadAdministration: account.administration ?? 'SOF',
        }),
      });
      expect(created.status, created.text).toBe(201);
      all.push({
        username: account.username,
        password: LOAD_PASSWORD,
        draftId: proposalOutput.parse(created.json()).id,
      });
    }
    [secretariat, author] = all.slice(USERS) as [SimulatedUser, SimulatedUser];
    users = all.slice(0, USERS);
  }, 180_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(servers.map((server) => server.stop()));
    await fresh?.drop();
  }, 60_000);

  /** A request's answer, with the index of the server that gave it (through the proxy). */
  async function call(base: string, path: string, init: RequestInit = {}) {
    const response = await fetch(`${base}${path}`, {
      ...init,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      upstream: response.headers.get(UPSTREAM_HEADER),
      text,
      json: () => JSON.parse(text) as unknown,
    };
  }

  const verdictOn = async (base: string, headers: Record<string, string>) => {
    const answer = await call(base, '/api/audit/verify', { headers });
    expect(answer.status, answer.text).toBe(200);
    return auditVerdict.parse(answer.json());
  };

  it('honours a session begun on one server on the other, and ends it on both', async () => {
    const [a, b] = servers.map((server) => server.url) as [string, string];
    const headers = await signIn(a, secretariat.username, secretariat.password);
    const me = await call(b, '/api/auth/me', { headers });
    expect(me.status, me.text).toBe(200);
    expect(me.json()).toMatchObject({ username: secretariat.username });

    // Through the proxy, one client's requests go to both servers in turn.
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(proxy.url, '/api/auth/me', { headers }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set(['0', '1']));

    const out = await call(b, '/api/auth/logout', { method: 'POST', headers });
    expect(out.status, out.text).toBeLessThan(300);
    for (const base of [a, b]) {
      expect((await call(base, '/api/auth/me', { headers })).status).toBe(401);
    }
  });

  it("accepts a save on one server with the CSRF token of the other's sign-in, and refuses one without", async () => {
    const [a, b] = servers.map((server) => server.url) as [string, string];
    const headers = await signIn(a, author.username, author.password);
    const path = `/api/proposals/${author.draftId}`;
    const read = await call(b, path, { headers });
    expect(read.status, read.text).toBe(200);
    const {
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      ...content
    } = read.json() as { version: number } & Record<string, unknown>;
    const save = (base: string, sent: Record<string, string>, title: string) =>
      call(base, path, {
        method: 'PUT',
        headers: { ...sent, 'content-type': 'application/json' },
        body: JSON.stringify({ ...content, title }),
      });

    const { 'x-csrf-token': _token, ...withoutToken } = headers;
    for (const base of [a, b]) {
      const refused = await save(base, withoutToken, 'Uden token');
      expect(refused.status, refused.text).toBe(403);
      const forged = await save(base, { ...headers, 'x-csrf-token': 'x'.repeat(43) }, 'Forfalsket');
      expect(forged.status, forged.text).toBe(403);
    }
    // Server a answers its list, and keeps the answer, before b saves.
    const latest = async () =>
      (
        (await call(a, '/api/proposals?sort=updatedAt&order=desc&limit=1', { headers })).json() as {
          items: { id: string; title: string }[];
        }
      ).items[0];
    await latest();
    const saved = await save(b, headers, 'Gemt på den anden server');
    expect(saved.status, saved.text).toBe(200);
    const again = await call(a, path, { headers });
    expect(proposalOutput.parse(again.json())).toMatchObject({
      title: 'Gemt på den anden server',
      version: content.version + 1,
    });
    expect(await latest()).toMatchObject({
      id: author.draftId,
      title: 'Gemt på den anden server',
    });
  });

  it('reads an import step by step on both servers at once, each proposal once, with one progress', async () => {
    const headers = await signIn(proxy.url, secretariat.username, secretariat.password);
    const { text, proposals } = syntheticDocument(seededRandom(5), 40 * 3600);
    const { payload, headers: type } = multipartUpload('to-servere.txt', text);
    const created = await call(proxy.url, '/api/imports', {
      method: 'POST',
      headers: { ...headers, ...type },
      body: new Uint8Array(payload),
    });
    expect(created.status, created.text).toBe(201);
    let progress: ImportOutput = importOutput.parse(created.json());
    expect(progress).toMatchObject({ total: proposals.length, done: 0, status: 'reading' });

    // Two steps at a time, which the proxy hands to the two servers: they share the progress in
    // the database, so neither reads what the other has read, and what is done only grows.
    const step = () =>
      call(proxy.url, `/api/imports/${progress.id}/steps`, { method: 'POST', headers });
    const upstreams = new Set<string | null>();
    for (let i = 0; progress.status === 'reading' && i < 200; i++) {
      const answers = await Promise.all([step(), step()]);
      for (const answer of answers) {
        expect(answer.status, answer.text).toBe(200);
        upstreams.add(answer.upstream);
      }
      const read = answers.map((answer) => importOutput.parse(answer.json()));
      const done = Math.max(...read.map((r) => r.done));
      expect(done).toBeGreaterThanOrEqual(progress.done);
      progress = read.find((r) => r.status === 'done') ?? read.find((r) => r.done === done)!;
    }
    expect(progress).toMatchObject({ done: proposals.length, status: 'done' });
    expect(upstreams).toEqual(new Set(['0', '1']));

    for (const server of servers) {
      const detail = await call(server.url, `/api/imports/${progress.id}`, { headers });
      const { proposals: read, ...seen } = importDetail.parse(detail.json());
      expect(seen).toMatchObject({ done: proposals.length, status: 'done' });
      expect(read.map((p) => p.position)).toEqual(proposals.map((_, i) => i));
      expect(read.map((p) => p.code)).toEqual(proposals.map((p) => p.code));
      // Each reading made one draft, or was held as a copy of a proposal already there: the
      // database is shared with other tests, and a random document may repeat a code.
      const drafts = read.filter((p) => p.state === 'draft').map((p) => p.proposalId);
      expect(read.filter((p) => p.state !== 'draft' && p.state !== 'held')).toEqual([]);
      expect(new Set(drafts).size).toBe(drafts.length);
      expect(drafts).not.toContain(null);
    }
  }, 120_000);

  it("serves the load test's users through the proxy without an error, and loses no save", async () => {
    const headers = await signIn(proxy.url, secretariat.username, secretariat.password);
    const before = await verdictOn(proxy.url, headers);
    expect(before, JSON.stringify(before)).toMatchObject({ intact: true });
    const servedBefore = [...proxy.served];
    const versionsBefore = new Map<string, number>();
    for (const user of users) {
      const draft = await call(proxy.url, `/api/proposals/${user.draftId}`, { headers });
      versionsBefore.set(user.draftId, proposalOutput.parse(draft.json()).version);
    }

    const report = await runUsers({
      urls: [proxy.url],
      users,
      rounds: ROUNDS,
      timeoutMs: 60_000,
    });
    const wrong = Object.entries(report.byEndpoint).filter(
      ([, f]) => f.errors + f.failures + f.shed > 0,
    );
    expect(wrong, report.problems.join('\n')).toEqual([]);
    expect(report.byEndpoint['PUT /api/proposals/:id']?.count).toBe(USERS * ROUNDS);
    // Both servers took their share of the users' requests.
    for (const [i, count] of proxy.served.entries()) {
      expect(count - servedBefore[i]!).toBeGreaterThan(report.requests / 4);
    }

    // Every user's last save is there, whichever server took it: the first Tabel 1 cell holds
    // the last round's number, and each round made a version.
    for (const user of users) {
      const draft = await call(proxy.url, `/api/proposals/${user.draftId}`, { headers });
      const proposal = proposalOutput.parse(draft.json());
      expect(proposal.economy.rows[0]!.values[0], user.username).toBe(ROUNDS - 1);
      expect(proposal.version, user.username).toBe(versionsBefore.get(user.draftId)! + ROUNDS);
    }

    // The audit chain, appended to by both servers at once, verifies on each, and holds an
    // entry for each save.
    for (const server of servers) {
      const after = await verdictOn(server.url, headers);
      expect(after.intact).toBe(true);
      if (!after.intact || !before.intact) continue;
      expect(after.entries - before.entries).toBeGreaterThanOrEqual(USERS * ROUNDS);
    }
  }, 120_000);
});
