import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioOutput, scoresOutput } from '../../shared/portfolio-schema.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { givenLaterRound, givenRules, TEST_RULES } from '../decisions/test-round.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { signedInPeople, type Person, type SignedIn } from '../test/users.ts';

// The secretariat's prioritisation through the API: scores within each criterion's scale, the
// optimal set beside the simple one, a what-if that saves nothing, and forced sets that cannot
// be funded named by pool and year.

const RULES = {
  ...TEST_RULES,
  criteria: [
    { key: 'potentiale', name: 'Potentiale', scaleMin: 1, scaleMax: 5, weight: 2 },
    { key: 'modenhed', name: 'Teknisk modenhed', scaleMin: 1, scaleMax: 5, weight: 1 },
  ],
};

describe.each(testDatabases())('the portfolio on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<Person, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  /** A locked round of its own with two submitted investment cases (fixture 1: 2.250 asked). */
  async function round() {
    const roundId = await givenLaterRound(t.access, 2026);
    await givenRules(t.access, roundId, 'locked', RULES);
    const store = () =>
      storeProposal(
        t.access,
        proposalContentInput.parse(fullProposal(m, { roundId })),
        'submitted',
      );
    return { roundId, a: await store(), b: await store() };
  }
  const optimise = (who: Person, roundId: string, payload: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/rounds/${roundId}/portfolio`,
      payload,
      headers: as[who].headers,
    });

  it('chooses both cases when the pool holds them, and proves it', async () => {
    const { roundId, a, b } = await round();
    const response = await optimise('secretariat', roundId);
    expect(response.statusCode, response.body).toBe(200);
    const result = portfolioOutput.parse(response.json());
    expect(result.proven).toBe(true);
    expect(
      result.candidates
        .filter((c) => c.inOptimum)
        .map((c) => c.proposalId)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(result.difference).toBe(0);
  });

  it('takes one case when a what-if budget holds only one, and saves nothing', async () => {
    const { roundId } = await round();
    const response = await optimise('secretariat', roundId, {
      budgets: [{ poolKey: 'investment', year: 2026, amount: 2_000 }],
    });
    const result = portfolioOutput.parse(response.json());
    expect(result.candidates.filter((c) => c.inOptimum)).toHaveLength(1);
    const line = result.lines.find((l) => l.poolKey === 'investment' && l.year === 2026)!;
    expect(line.limit).toBe(2_000);
    expect(line.usedByOptimum).toBe(1_750.001);
    const again = portfolioOutput.parse((await optimise('secretariat', roundId)).json());
    expect(again.candidates.filter((c) => c.inOptimum)).toHaveLength(2);
  });

  it('leaves out a case forced out', async () => {
    const { roundId, a } = await round();
    const result = portfolioOutput.parse(
      (await optimise('secretariat', roundId, { forcedOut: [a.id] })).json(),
    );
    const out = result.candidates.find((c) => c.proposalId === a.id)!;
    expect([out.excluded, out.inOptimum]).toEqual(['forced_out', false]);
  });

  it('counts a proposal granted in the round at what was granted, not what it asked', async () => {
    const { roundId, a, b } = await round();
    const post = (url: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url, payload, headers: as.secretariat.headers });
    const recommended = await post(`/api/rounds/${roundId}/decisions/${a.id}/recommendation`, {
      version: a.version,
      recommendation: 'recommended',
    });
    expect(recommended.statusCode, recommended.body).toBe(200);
    // Asked 1.750,001 in 2026; granted 1.000.
    const granted = await post(`/api/rounds/${roundId}/decisions/${a.id}`, {
      version: (recommended.json() as { version: number }).version,
      outcome: 'granted',
      decidedOn: '2026-05-07',
      decidingBody: 'Økonomiudvalget',
      granted: [
        { year: 2026, amount: 1_000 },
        { year: 2027, amount: 500 },
      ],
    });
    expect(granted.statusCode, granted.body).toBe(200);
    // 1.000 granted + 1.750,001 asked fit in 2.800; at what A asked (3.500,002) they would not.
    const result = portfolioOutput.parse(
      (
        await optimise('secretariat', roundId, {
          budgets: [{ poolKey: 'investment', year: 2026, amount: 2_800 }],
        })
      ).json(),
    );
    expect(result.candidates.find((c) => c.proposalId === b.id)!.inOptimum).toBe(true);
    const line = result.lines.find(
      (l) => l.poolKey === 'investment' && l.year === 2026 && l.measure === 'total',
    )!;
    expect(line.usedByOptimum).toBe(2_750.001);
    expect(result.candidates.find((c) => c.proposalId === a.id)).toMatchObject({
      forcedIn: true,
      requested: 1_500,
    });
  });

  it('names the pool and year that cannot hold what is forced in', async () => {
    const { roundId, a, b } = await round();
    const result = portfolioOutput.parse(
      (
        await optimise('secretariat', roundId, {
          forcedIn: [a.id, b.id],
          budgets: [{ poolKey: 'investment', year: 2026, amount: 2_000 }],
        })
      ).json(),
    );
    expect(result.optimum).toBeNull();
    expect(result.infeasible).toEqual([
      'Investeringspuljen kan ikke rumme de valgte forslag i 2026: de beder om 3.500,002 mod 2.000 (1.000 kr.)',
    ]);
  });

  it('says in English why what is forced in does not fit, for a client that asks for English', async () => {
    const { roundId, a, b } = await round();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rounds/${roundId}/portfolio`,
      payload: {
        forcedIn: [a.id, b.id],
        budgets: [{ poolKey: 'investment', year: 2026, amount: 2_000 }],
      },
      headers: { ...as.secretariat.headers, 'accept-language': 'en' },
    });
    expect(portfolioOutput.parse(response.json()).infeasible).toEqual([
      'Investeringspuljen cannot hold the chosen proposals in 2026: they ask for 3.500,002 against 2.000 (DKK 1,000)',
    ]);
  });

  it('counts a proposal granted at a lower amount at what was granted, not at what it asked', async () => {
    const { roundId, a, b } = await round();
    const headers = as.secretariat.headers;
    const decide = async (path: string, payload: Record<string, unknown>) => {
      const response = await t.app.inject({ method: 'POST', url: path, payload, headers });
      expect(response.statusCode, response.body).toBe(200);
    };
    const base = `/api/rounds/${roundId}/decisions/${a.id}`;
    await decide(`${base}/recommendation`, { version: a.version, recommendation: 'recommended' });
    await decide(base, {
      version: a.version + 1,
      outcome: 'granted',
      decidedOn: '2026-05-07',
      decidingBody: 'Økonomiudvalget',
      decisionText: 'Bevilget med 1.000 i 2026.',
      granted: [{ year: 2026, amount: 1_000 }],
    });
    // 2.000 in 2026 holds the grant of 1.000 beside b's 1.750,001 only at the granted amount.
    const result = portfolioOutput.parse(
      (
        await optimise('secretariat', roundId, {
          budgets: [{ poolKey: 'investment', year: 2026, amount: 2_750.001 }],
        })
      ).json(),
    );
    expect(result.infeasible).toEqual([]);
    expect(result.candidates.find((c) => c.proposalId === b.id)!.inOptimum).toBe(true);
    const line = result.lines.find((l) => l.poolKey === 'investment' && l.year === 2026)!;
    expect(line.usedByOptimum).toBe(2_750.001);
  });

  it('refuses a budget for a pool the round does not have, naming the field', async () => {
    const { roundId } = await round();
    const response = await optimise('secretariat', roundId, {
      budgets: [{ poolKey: 'nope', year: 2026, amount: 1 }],
    });
    expectProblem(response, 400, 'ValidationError', 'budgets.0.poolKey');
  });

  it('lets only the secretariat optimise and score', async () => {
    const { roundId, a } = await round();
    expect((await optimise('reader', roundId)).statusCode).toBe(403);
    const scored = await t.app.inject({
      method: 'PUT',
      url: `/api/rounds/${roundId}/scores/${a.id}`,
      payload: { scores: [{ criterionKey: 'potentiale', score: 5 }] },
      headers: as.reader.headers,
    });
    expect(scored.statusCode).toBe(403);
  });

  it('ranks by weighted score and refuses a score outside its scale', async () => {
    const { roundId, a, b } = await round();
    const score = (id: string, scores: { criterionKey: string; score: number }[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/rounds/${roundId}/scores/${id}`,
        payload: { scores },
        headers: as.secretariat.headers,
      });
    expectProblem(
      await score(a.id, [{ criterionKey: 'potentiale', score: 6 }]),
      400,
      'ValidationError',
      'scores.0.score',
    );
    expect((await score(a.id, [{ criterionKey: 'potentiale', score: 2 }])).statusCode).toBe(204);
    const second = await score(b.id, [
      { criterionKey: 'potentiale', score: 3 },
      { criterionKey: 'modenhed', score: 4 },
    ]);
    expect(second.statusCode).toBe(204);
    const listed = await t.app.inject({
      url: `/api/rounds/${roundId}/scores`,
      headers: as.reader.headers,
    });
    const ranking = scoresOutput.parse(listed.json());
    expect(ranking.proposals.map((p) => [p.proposalId, p.weightedScore, p.rank])).toEqual([
      [b.id, 10, 1],
      [a.id, 4, 2],
    ]);
    const byScore = portfolioOutput.parse(
      (await optimise('secretariat', roundId, { objective: 'score' })).json(),
    );
    expect(byScore.optimum).toBe(14);
  });
});
