import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { givenRules } from '../decisions/test-round.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { recordDemoDecisions } from './decisions.ts';

// The demo's decided rounds: what the demo data put past the decision gets its recommendation,
// its decision and, when granted, its plan as asked.

describe.each(testDatabases())('demo decisions on $name', (target) => {
  let t: TestApp;
  let m: Municipality;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    await givenRules(t.access, m.roundId, 'decided');
  });
  afterAll(() => t?.close());

  it('grants the proposals in implementation as asked, rejects the rejected, and adds nothing on a restart', async () => {
    const content = proposalContentInput.parse(fullProposal(m));
    const running = await storeProposal(t.access, content, 'in_implementation');
    const rejected = await storeProposal(t.access, content, 'rejected');
    const waiting = await storeProposal(t.access, content, 'submitted');

    await recordDemoDecisions(t.access, [m.roundId]);
    const rows = await t.access.decisions.forRound(m.roundId);
    const of = (id: string) => rows.find((r) => r.proposalId === id);
    expect(of(running.id)).toMatchObject({
      recommendation: 'recommended',
      outcome: 'granted',
      decidingBody: 'Borgerrepræsentationen',
      rulesVersion: 1,
    });
    expect(of(rejected.id)).toMatchObject({
      recommendation: 'not_recommended',
      outcome: 'rejected',
    });
    expect(of(waiting.id)).toBeUndefined();
    const plan = await t.access.decisions.planOf(running.id);
    // The fixture's implementation costs: 1.750,001 and 500 thousand kroner.
    expect(plan).toMatchObject({
      poolKey: 'investment',
      granted: [
        { year: 2026, amount: 1_750_001 },
        { year: 2027, amount: 500_000 },
      ],
    });
    expect(plan?.table).toEqual(content.economy);

    expect((await recordDemoDecisions(t.access, [m.roundId])).recorded).toBe(0);
  });
});
