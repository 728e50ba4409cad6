import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHistory } from '../../shared/audit-schema.ts';
import {
  allocationOutput,
  roundDecisionItem,
  roundDecisionsOutput,
} from '../../shared/decisions-schema.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { signedInPeople, type Person, type SignedIn } from '../test/users.ts';
import { givenLaterRound, givenRules } from './test-round.ts';

// The round's decisions through the API: the secretariat recommends and the political body's
// decision is recorded, a grant with its plan, a postponement with the proposal's move; every
// refusal names its field and leaves nothing half-saved.

describe.each(testDatabases())('decisions on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<Person, SignedIn>;
  let laterRound: string;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    await givenRules(t.access, m.roundId, 'locked');
    laterRound = await givenLaterRound(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  /** Fixture 1: implementation 1.750,001 (2026) and 500 (2027) thousand kroner; an investment case. */
  const submitted = async (
    status: 'submitted' | 'recommended' = 'submitted',
    roundId = m.roundId,
  ) => storeProposal(t.access, proposalContentInput.parse(fullProposal(m, { roundId })), status);

  const post = (who: Person, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, payload, headers: as[who].headers });
  const recommend = (
    who: Person,
    id: string,
    payload: Record<string, unknown>,
    round = m.roundId,
  ) => post(who, `/api/rounds/${round}/decisions/${id}/recommendation`, payload);
  const decide = (who: Person, id: string, payload: Record<string, unknown>, round = m.roundId) =>
    post(who, `/api/rounds/${round}/decisions/${id}`, {
      decidedOn: '2026-05-07',
      decidingBody: 'Økonomiudvalget',
      ...payload,
    });
  const list = async (who: Person, round = m.roundId) => {
    const response = await t.app.inject({
      url: `/api/rounds/${round}/decisions`,
      headers: as[who].headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return roundDecisionsOutput.parse(response.json());
  };
  const allocation = async (who: Person) => {
    const response = await t.app.inject({
      url: `/api/rounds/${m.roundId}/allocation`,
      headers: as[who].headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return allocationOutput.parse(response.json());
  };

  it('recommends, then grants a lower amount: the plan holds it to the krone and the pool has less left', async () => {
    const p = await submitted();
    const before = await allocation('secretariat');
    const recommended = await recommend('secretariat', p.id, {
      version: p.version,
      recommendation: 'recommended',
      note: 'Stærk case',
    });
    expect(recommended.statusCode, recommended.body).toBe(200);
    const r = roundDecisionItem.parse(recommended.json());
    expect(r).toMatchObject({
      status: 'recommended',
      decision: { recommendation: 'recommended', recommendationNote: 'Stærk case' },
    });
    expect(r.asked).toEqual([
      { year: 2026, amount: 1750.001 },
      { year: 2027, amount: 500 },
      { year: 2028, amount: 0 },
    ]);

    const granted = await decide('secretariat', p.id, {
      version: r.version,
      outcome: 'granted',
      decisionText: 'Bevilget med 1,2 mio. kr. i 2026.',
      granted: [
        { year: 2026, amount: 1200 },
        { year: 2027, amount: 500 },
      ],
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const g = roundDecisionItem.parse(granted.json());
    expect(g.status).toBe('granted');
    expect(g.decision).toMatchObject({
      outcome: 'granted',
      decidingBody: 'Økonomiudvalget',
      decidedOn: '2026-05-07',
      rulesVersion: 1,
    });
    expect(g.plan).toMatchObject({
      poolKey: 'investment',
      rulesVersion: 1,
      granted: [
        { year: 2026, amount: 1200 },
        { year: 2027, amount: 500 },
      ],
    });
    // 1.200 shared over Projektleder (1.500,001) and Udstyr (250) asked in 2026.
    const implementation = g.plan!.table.rows.filter((row) => row.section === 'implementation');
    expect(implementation.map((row) => row.values[0])).toEqual([1028.572, 171.428]);
    expect(implementation.map((row) => row.values[1])).toEqual([500, null]);

    const after = await allocation('secretariat');
    const investment = (a: typeof after) => a.pools.find((pool) => pool.key === 'investment')!;
    expect(
      investment(before).years[0]!.remaining! - investment(after).years[0]!.remaining!,
    ).toBeCloseTo(1200, 6);
    expect(after.byAdministration).toContainEqual({
      administration: m.administration,
      poolKey: 'investment',
      perYear: [1200, 500],
      total: 1700,
    });
  });

  it('postpones to a later round: the proposal moves there with its history and waits for its recommendation', async () => {
    const p = await submitted('recommended');
    const response = await decide('secretariat', p.id, {
      version: p.version,
      outcome: 'postponed',
      decisionText: 'Afventer foranalysen.',
      postponedToRoundId: laterRound,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(roundDecisionItem.parse(response.json())).toMatchObject({
      status: 'postponed',
      inRound: false,
      decision: { outcome: 'postponed', postponedToRoundId: laterRound },
    });
    const moved = await t.access.proposals.find(p.id);
    expect(moved?.content.roundId).toBe(laterRound);

    const history = await t.app.inject({
      url: `/api/proposals/${p.id}/history`,
      headers: as.secretariat.headers,
    });
    const last = auditHistory.parse(history.json()).items.at(-1)!;
    expect(JSON.stringify(last)).toContain(laterRound);
    expect(JSON.stringify(last)).toContain('Afventer foranalysen.');

    const there = (await list('secretariat', laterRound)).items.find((i) => i.proposalId === p.id)!;
    expect(there).toMatchObject({ inRound: true, status: 'postponed', decision: null });
    const again = await recommend(
      'secretariat',
      p.id,
      { version: there.version, recommendation: 'recommended' },
      laterRound,
    );
    expect(again.statusCode, again.body).toBe(200);
  });

  it('refuses deciding a proposal that is not in the round, naming proposalId, and writes nothing', async () => {
    const p = await submitted('recommended', laterRound);
    const response = await decide('secretariat', p.id, {
      version: p.version,
      outcome: 'rejected',
      decisionText: 'Nej',
    });
    expectProblem(response, 400, 'ValidationError', 'proposalId');
    expect((await t.access.proposals.find(p.id))?.status).toBe('recommended');
    expect(
      (await list('secretariat', laterRound)).items.find((i) => i.proposalId === p.id)?.decision,
    ).toBeNull();
  });

  it('answers a decision on a version changed since with 409, and keeps the newer one', async () => {
    const p = await submitted('recommended');
    const response = await decide('secretariat', p.id, {
      version: p.version - 1,
      outcome: 'rejected',
      decisionText: 'Nej',
    });
    expectProblem(response, 409, 'Conflict');
    expect((await t.access.proposals.find(p.id))?.version).toBe(p.version);
  });

  it('names the field of every bad decision and leaves the proposal as it was', async () => {
    const p = await submitted('recommended');
    const cases: [Record<string, unknown>, string][] = [
      [{ outcome: 'postponed', decisionText: 'Senere' }, 'postponedToRoundId'],
      [
        { outcome: 'postponed', decisionText: 'Senere', postponedToRoundId: 'findes-ikke' },
        'postponedToRoundId',
      ],
      [
        { outcome: 'postponed', decisionText: 'Senere', postponedToRoundId: m.roundId },
        'postponedToRoundId',
      ],
      [{ outcome: 'rejected', decisionText: ' ' }, 'decisionText'],
      [{ outcome: 'granted', granted: [{ year: 2026, amount: -1 }] }, 'granted.0.amount'],
      [
        {
          outcome: 'granted',
          granted: [
            { year: 2026, amount: 1 },
            { year: 2026, amount: 2 },
          ],
        },
        'granted',
      ],
      [{ outcome: 'granted', poolKey: 'ukendt' }, 'poolKey'],
      [
        { outcome: 'rejected', decisionText: 'Nej', granted: [{ year: 2026, amount: 1 }] },
        'granted',
      ],
      [
        {
          outcome: 'granted',
          granted: [{ year: 2026, amount: 1000 }],
          table: {
            priceLevelYear: 2026,
            years: [2026],
            rows: [{ label: 'PL', section: 'implementation', area: 'service', values: [999] }],
          },
        },
        'table',
      ],
      [{ outcome: 'granted', decidingBody: '' }, 'decidingBody'],
      [{ outcome: 'granted', decidedOn: '7. maj' }, 'decidedOn'],
    ];
    for (const [payload, field] of cases) {
      const response = await decide('secretariat', p.id, { version: p.version, ...payload });
      expectProblem(response, 400, 'ValidationError', field);
    }
    const still = await t.access.proposals.find(p.id);
    expect([still?.status, still?.version]).toEqual(['recommended', p.version]);
  });

  it('lets only the secretariat record, and hides another forvaltning’s proposal', async () => {
    const p = await submitted();
    const payload = { version: p.version, recommendation: 'recommended' };
    expectProblem(await recommend('author', p.id, payload), 403, 'Forbidden');
    expectProblem(await recommend('reader', p.id, payload), 403, 'Forbidden');
    expectProblem(await recommend('finance', p.id, payload), 403, 'Forbidden');
    expectProblem(await recommend('otherAuthor', p.id, payload), 404, 'NotFound');
    // A decision before the recommendation is out of order.
    expectProblem(
      await decide('secretariat', p.id, {
        version: p.version,
        outcome: 'rejected',
        decisionText: 'Nej',
      }),
      409,
      'Conflict',
    );
  });

  it('refuses a decision before the round is opened for decision', async () => {
    const m2 = await givenMunicipality(t.access);
    await givenRules(t.access, m2.roundId, 'open');
    const p = await storeProposal(
      t.access,
      proposalContentInput.parse(fullProposal(m2)),
      'recommended',
    );
    const response = await decide(
      'secretariat',
      p.id,
      { version: p.version, outcome: 'rejected', decisionText: 'Nej' },
      m2.roundId,
    );
    expect(expectProblem(response, 409, 'Conflict').message).toContain('ikke åbnet for beslutning');
  });

  it('refuses a recommendation or a decision taken as a bare workflow step, naming step', async () => {
    const p = await submitted('recommended');
    const response = await post('secretariat', `/api/proposals/${p.id}/steps`, {
      version: p.version,
      step: 'grant',
    });
    expect(expectProblem(response, 400, 'ValidationError', 'step').message).toContain(
      `/api/rounds/${m.roundId}/decisions/${p.id}`,
    );
  });

  it('shows the reader every decided proposal, an author only their own forvaltning’s', async () => {
    const mine = await submitted();
    const theirs = await storeProposal(
      t.access,
      proposalContentInput.parse(fullProposal(m, { leadAdministration: m.otherAdministration })),
      'submitted',
    );
    const ids = async (who: Person) => (await list(who)).items.map((i) => i.proposalId);
    expect(await ids('reader')).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await ids('author')).toContain(mine.id);
    expect(await ids('author')).not.toContain(theirs.id);
    // Another forvaltning's grant is in the pools' figures the author is told are partial.
    const r = await recommend('secretariat', theirs.id, {
      version: theirs.version,
      recommendation: 'recommended',
    });
    const granted = await decide('secretariat', theirs.id, {
      version: roundDecisionItem.parse(r.json()).version,
      outcome: 'granted',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect((await allocation('author')).complete).toBe(false);
    expect((await allocation('reader')).complete).toBe(true);
  });
});
