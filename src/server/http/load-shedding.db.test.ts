import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';

describe.each(testDatabases())('load shedding on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { loadShedding: { maxConcurrent: 2, retryAfterSeconds: 1 } });
  });
  afterAll(() => t?.close());

  it('answers 503 with Retry-After at once past the bound, and serves again when work ends', async () => {
    const m = await givenMunicipality(t.access);
    const created = await t.api({
      method: 'POST',
      url: '/api/proposals',
      payload: fullProposal(m),
    });
    const proposal = proposalOutput.parse(created.json());
    const save = (title: string) =>
      t.api({
        method: 'PUT',
        url: `/api/proposals/${proposal.id}`,
        payload: { ...fullProposal(m, { code: proposal.code, title }), version: 1 },
      });

    // Two saves wait for the proposal's row, which another transaction holds.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.access.transaction(async (tx) => {
      await tx.proposals.lock(proposal.id);
      locked();
      await held;
    });
    await isLocked;
    const waiting = [save('Annes udgave'), save('Bents udgave')];
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = performance.now();
    const refused = await t.api(`/api/proposals/${proposal.id}`);
    expect(performance.now() - started).toBeLessThan(1000);
    const body = expectProblem(refused, 503, 'Unavailable');
    expect(refused.headers['retry-after']).toBe('1');
    expect(body.message).toMatch(/travlt/);

    release();
    await holder;
    const answers = await Promise.all(waiting);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await t.api(`/api/proposals/${proposal.id}`)).statusCode).toBe(200);
  });
});
