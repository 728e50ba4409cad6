import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAccess } from '../data-access.ts';
import { openDatabase, type DatabaseOptions } from '../db/database.ts';
import { testDatabases } from '../test/app.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { editable } from '../test/proposals.ts';
import { startServer, type ServerProcess } from '../test/server-process.ts';
import { givenUser, SECRETARIAT, type TestUser } from '../test/users.ts';

// The harness of issue 10: the real server, as a process of its own, saves proposals for
// several writers at once and is killed with SIGKILL in the middle of it, again and again.
// After each restart every save it acknowledged (a 200 or 201) is there with its content, and
// the audit log verifies. A save in flight at the kill may or may not be there; it was never
// acknowledged.
//
// KILLS kills per database, each after a different number of acknowledged saves (counted, not
// timed, so a slow machine kills as deep into the load as a fast one): fewer under CI=true.

const KILLS = process.env.CI === 'true' ? 2 : 4;
const SAVES_BEFORE_KILL = [12, 30, 5, 20];
const WRITERS = 4;

interface Acknowledged {
  proposalId: string;
  version: number;
  title: string;
}

/** A client of the server over loopback, signed in as a person would be. */
class Client {
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async signIn(url: string, user: TestUser): Promise<Client> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('puljer_session='));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new Client(url, { cookie: cookie!.split(';')[0]!, 'x-csrf-token': csrfToken });
  }

  /** The same session against the restarted server: sessions live in the database. */
  at(url: string): Client {
    return new Client(url, this.headers);
  }

  async send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }
}

/** Saves, and new proposals now and then, until the server stops answering. */
async function write(
  client: Client,
  m: Municipality,
  proposal: { id: string; version: number },
  writer: number,
  acknowledged: Acknowledged[],
): Promise<void> {
  for (let n = 0; ; n++) {
    const title = `Skribent ${writer}, gemt ${n}, ${proposal.id.slice(0, 8)}`;
    try {
      if (n % 5 === 4) {
        const created = await client.send('POST', '/api/proposals', {
          ...editable(fullProposal(m)),
          title,
        });
        if (created.status !== 201) throw new Error(`POST answered ${created.status}`);
        acknowledged.push({ proposalId: String(created.json.id), version: 1, title });
        continue;
      }
      const saved = await client.send('PUT', `/api/proposals/${proposal.id}`, {
        ...editable(fullProposal(m)),
        title,
        version: proposal.version,
      });
      if (saved.status !== 200) throw new Error(`PUT answered ${saved.status}`);
      proposal.version = Number(saved.json.version);
      acknowledged.push({ proposalId: proposal.id, version: proposal.version, title });
    } catch (error) {
      // The kill: the connection is gone. Anything else is a failure of the test.
      if (error instanceof TypeError) return;
      throw error;
    }
  }
}

/** Resolves once `count` saves are acknowledged; a server that stops saving fails the test. */
async function saved(acknowledged: Acknowledged[], count: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (acknowledged.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${acknowledged.length} of ${count} saves`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe.each(testDatabases())('SIGKILL under write load on $name', (target) => {
  let fresh: FreshDatabase | null = null;
  let directory: string | null = null;
  let database: DatabaseOptions;
  let user: TestUser;
  let m: Municipality;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    if (target.options.driver === 'postgres') {
      fresh = await freshDatabase(target);
      database = fresh.options;
    } else {
      directory = await mkdtemp(join(tmpdir(), 'puljer-crash-'));
      database = { driver: 'pglite', dataDir: join(directory, 'pglite') };
    }
    // Migrated, with a user and the reference data, before the server first opens it.
    const opened = await openDatabase(database);
    const access = dataAccess(opened);
    user = await givenUser(access, SECRETARIAT);
    m = await givenMunicipality(access);
    await opened.close();
  }, 60_000);

  afterAll(async () => {
    await server?.kill();
    await fresh?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it(`keeps every acknowledged save through ${KILLS} kills, and the audit log verifies`, async () => {
    server = await startServer(database);
    let client = await Client.signIn(server.url, user);
    const proposals: { id: string; version: number }[] = [];
    for (let writer = 0; writer < WRITERS; writer++) {
      const created = await client.send('POST', '/api/proposals', editable(fullProposal(m)));
      expect(created.status).toBe(201);
      proposals.push({ id: String(created.json.id), version: 1 });
    }
    const acknowledged: Acknowledged[] = [];
    const lost: Acknowledged[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const writing = proposals.map((proposal, writer) =>
        write(client, m, proposal, writer, acknowledged),
      );
      await saved(acknowledged, acknowledged.length + SAVES_BEFORE_KILL[kill % 4]!);
      await server.kill();
      await Promise.all(writing);

      server = await startServer(database);
      client = client.at(server.url);
      for (const save of acknowledged) {
        const stored = await client.send(
          'GET',
          `/api/proposals/${save.proposalId}/versions/${save.version}`,
        );
        if (stored.status !== 200 || stored.json.title !== save.title) lost.push(save);
      }
      const verdict = await client.send('GET', '/api/audit/verify');
      expect(verdict.json, `after kill ${kill + 1}`).toMatchObject({ intact: true });
      // A save in flight at the kill may have been kept: carry on from what is there now.
      for (const proposal of proposals) {
        const current = await client.send('GET', `/api/proposals/${proposal.id}`);
        proposal.version = Number(current.json.version);
      }
    }
    expect(lost).toEqual([]);
    if (process.env.HARNESS_REPORT) {
      console.info(
        `crash on ${target.name}: ${KILLS} kills, ${acknowledged.length} acknowledged saves, ${lost.length} lost`,
      );
    }
  }, 240_000);
});
