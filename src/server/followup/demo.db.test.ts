import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenMunicipality, type Municipality } from '../test/factories.ts';
import { recordDemoFollowUp } from './demo.ts';
import { givenSeed002Loan } from './test-plans.ts';

describe.each(testDatabases())('demo follow-up on $name', (target) => {
  let t: TestApp;
  let m: Municipality;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
  });
  afterAll(() => t?.close());

  it('repays the first part of seed 002’s loan, once, however often the demo starts', async () => {
    const p = await givenSeed002Loan(t.access, m);
    expect(await recordDemoFollowUp(t.access, [m.roundId])).toEqual({ loans: 1 });
    expect(await recordDemoFollowUp(t.access, [m.roundId])).toEqual({ loans: 0 });
    const loan = await t.api(`/api/proposals/${p.id}/loan`);
    expect(loan.json()).toMatchObject({
      principal: 1200,
      scheduled: 1220,
      scheduleDifference: 20,
      repaid: 610,
      balance: 590,
      payments: [{ paidOn: '2026-11-20', amount: 610 }],
    });
  });
});
