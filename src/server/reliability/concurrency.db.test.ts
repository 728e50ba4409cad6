import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionList } from '../../shared/api-schemas.ts';
import { proposalContentInput, proposalOutput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp, type TestDatabase } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { freshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { editable, storeProposal } from '../test/proposals.ts';
import { givenUser, injectAs, signIn, SECRETARIAT, type Inject } from '../test/users.ts';

// The harness of issue 10: twenty people save the same proposal at the same moment, each from
// the version they all read. Exactly one save per version is accepted, the others are told 409,
// and every accepted save is there afterwards, with its own content, in the proposal's history
// and in an audit log that verifies. On PostgreSQL also with the editors split between two app
// servers, each with its own connection pool, as behind a load balancer.
//
// ROUNDS rounds of EDITORS saves: shortened under CI=true.

const EDITORS = 20;
const ROUNDS = process.env.CI === 'true' ? 4 : 10;

interface Setup {
  name: string;
  target: TestDatabase;
  servers: number;
}

const setups: Setup[] = testDatabases().flatMap((target) =>
  target.options.driver === 'postgres'
    ? [
        { name: target.name, target, servers: 1 },
        { name: `${target.name}, two app servers`, target, servers: 2 },
      ]
    : [{ name: target.name, target, servers: 1 }],
);

describe.each(setups)('$name: 20 editors of one proposal at once', ({ target, servers }) => {
  let fresh: FreshDatabase;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    fresh = await freshDatabase(target);
    for (let i = 0; i < servers; i++) {
      apps.push(await startTestApp({ name: target.name, options: fresh.options }));
    }
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await fresh?.drop();
  });

  it(`accepts exactly one save per version, refuses the others with 409, and loses none`, async () => {
    const [first] = apps;
    const m = await givenMunicipality(first!.access);
    const content = editable(fullProposal(m));
    const created = await storeProposal(first!.access, proposalContentInput.parse(content));
    const editors: Inject[] = [];
    for (let i = 0; i < EDITORS; i++) {
      const server = apps[i % apps.length]!;
      const user = await givenUser(server.access, SECRETARIAT);
      editors.push(injectAs(server.app, await signIn(server.app, user)));
    }

    const url = `/api/proposals/${created.id}`;
    const rows = content.economy!.rows!;
    /** Each editor's save names them in the title and in an amount of Tabel 1. */
    const saveBy = (round: number, editor: number) => ({
      ...content,
      title: `Runde ${round}, redaktør ${editor}`,
      economy: {
        ...content.economy,
        rows: rows.map((row, i) =>
          i === 0 ? { ...row, values: [round * 1000 + editor, ...row.values!.slice(1)] } : row,
        ),
      },
    });

    let version = created.version;
    const accepted: { version: number; round: number; editor: number }[] = [];
    let refused = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all(
        editors.map((put, editor) =>
          put({ method: 'PUT', url, payload: { ...saveBy(round, editor), version } }),
        ),
      );
      const winners = answers.flatMap((answer, editor) =>
        answer.statusCode === 200 ? [editor] : [],
      );
      expect(winners, `round ${round}`).toHaveLength(1);
      for (const answer of answers) {
        if (answer.statusCode === 200) continue;
        const problem = expectProblem(answer, 409, 'Conflict');
        expect(problem.currentVersion).toBeGreaterThan(version);
        refused++;
      }
      const saved = proposalOutput.parse(answers[winners[0]!]!.json());
      expect(saved.version).toBe(version + 1);
      version = saved.version;
      accepted.push({ version, round, editor: winners[0]! });
    }
    expect([accepted.length, refused]).toEqual([ROUNDS, ROUNDS * (EDITORS - 1)]);
    if (process.env.HARNESS_REPORT) {
      console.info(
        `${EDITORS} editors × ${ROUNDS}: ${accepted.length} accepted, ${refused} refused`,
      );
    }

    // Nothing lost: every accepted save is a version of its own, with the winner's content.
    const [reader] = editors;
    const history = versionList.parse((await reader!(`${url}/versions`)).json());
    expect(history.items.map((v) => v.version)).toEqual(
      Array.from({ length: ROUNDS + 1 }, (_, i) => created.version + i),
    );
    for (const { version: v, round, editor } of accepted) {
      const stored = proposalOutput.parse((await reader!(`${url}/versions/${v}`)).json());
      expect(stored.title).toBe(`Runde ${round}, redaktør ${editor}`);
      expect(stored.economy.rows[0]!.values[0]).toBe(round * 1000 + editor);
    }
    const verdict = (await reader!('/api/audit/verify')).json<{ intact: boolean }>();
    expect(verdict.intact).toBe(true);
  }, 120_000);
});
