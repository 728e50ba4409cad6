import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rulesOutput } from '../../shared/rounds-schema.ts';
import { auditEntries } from '../db/schema.ts';
import { givenLaterRound } from '../decisions/test-round.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { givenMunicipality } from '../test/factories.ts';
import { signedInPeople, type Person, type SignedIn } from '../test/users.ts';

// A round's rules through the API: each save is a new version; once the round is opened for
// decision a change needs a reason, which the audit log keeps; bad rules are refused by field
// and nothing is saved.

/** SPEC.md section 3's pools in thousands: 375 = 360 + 15, of which 4 for pre-analyses. */
const rules = (innovation = 15_000) => ({
  paybackLimitYears: 6,
  caps: { foranalyse: 1_000, innovationsforslag: 2_000, investeringsforslag: null },
  pools: [
    {
      key: 'puljer',
      name: 'Puljerne',
      parentKey: null,
      kinds: [],
      budgets: [{ year: 2026, amount: 375_000 }],
    },
    {
      key: 'investering',
      name: 'Investeringspuljen',
      parentKey: 'puljer',
      kinds: ['investeringsforslag'],
      budgets: [{ year: 2026, amount: 360_000 }],
    },
    {
      key: 'innovation',
      name: 'Innovationspuljen',
      parentKey: 'puljer',
      kinds: ['innovationsforslag'],
      budgets: [{ year: 2026, amount: innovation }],
    },
  ],
  criteria: [{ key: 'potentiale', name: 'Potentiale', scaleMin: 1, scaleMax: 5, weight: 2 }],
});

describe.each(testDatabases())('round rules on $name', (target) => {
  let t: TestApp;
  let as: Record<Person, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    as = await signedInPeople(t, await givenMunicipality(t.access));
  });
  afterAll(() => t?.close());

  const put = (who: Person, roundId: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/rounds/${roundId}/rules`,
      payload,
      headers: as[who].headers,
    });
  const lock = (roundId: string, version: number) =>
    t.app.inject({
      method: 'POST',
      url: `/api/rounds/${roundId}/lock`,
      payload: { version },
      headers: as.secretariat.headers,
    });

  it('saves the first version, locks the round, and takes a change only with a reason, kept in the audit log', async () => {
    const roundId = await givenLaterRound(t.access, 2026);
    const first = await put('secretariat', roundId, { version: null, rules: rules() });
    expect(first.statusCode, first.body).toBe(200);
    expect(rulesOutput.parse(first.json()).version).toBe(1);
    expect(rulesOutput.parse(first.json()).rules.pools[2]!.budgets[0]!.amount).toBe(15_000);

    // The round's own facts come with its rules; its version is what opening it is sent.
    expect(rulesOutput.parse(first.json()).round).toMatchObject({
      kind: 'budget',
      year: 2026,
      priceLevelYear: 2026,
      version: 1,
    });
    const locked = await lock(roundId, 1);
    expect(locked.statusCode).toBe(200);
    expect(rulesOutput.parse(locked.json()).round.version).toBe(2);
    expect((await lock(roundId, 1)).statusCode).toBe(400);
    expectProblem(
      await put('secretariat', roundId, { version: 1, rules: rules(14_000) }),
      400,
      'ValidationError',
      'reason',
    );
    const second = await put('secretariat', roundId, {
      version: 1,
      rules: rules(14_000),
      reason: 'Økonomiudvalget flyttede 1 mio. kr. til budgettet',
    });
    expect(second.statusCode, second.body).toBe(200);
    const v2 = rulesOutput.parse(second.json());
    expect([v2.version, v2.phase, v2.reason]).toEqual([
      2,
      'locked',
      'Økonomiudvalget flyttede 1 mio. kr. til budgettet',
    ]);
    const v1 = await t.app.inject({
      url: `/api/rounds/${roundId}/rules?version=1`,
      headers: as.reader.headers,
    });
    expect(rulesOutput.parse(v1.json()).rules.pools[2]!.budgets[0]!.amount).toBe(15_000);

    const logged = await t.access.db
      .select({ action: auditEntries.action, detail: auditEntries.detail })
      .from(auditEntries)
      .where(eq(auditEntries.entityId, roundId));
    expect(logged.map((e) => e.action)).toEqual(['round.rules', 'round.lock', 'round.rules']);
    expect(logged[2]!.detail).toMatchObject({ version: 2, reason: v2.reason });
  });

  it('refuses pools inside a pool with more money than it, a negative budget and a cap under zero, saving nothing', async () => {
    const roundId = await givenLaterRound(t.access, 2026);
    const bad = rules(20_000);
    bad.pools[1]!.budgets[0]!.amount = -1;
    bad.caps.foranalyse = -5;
    const response = await put('secretariat', roundId, { version: null, rules: bad });
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { issues: { field: string }[] }).issues.map((i) => i.field);
    expect(fields).toEqual(['rules.caps.foranalyse', 'rules.pools.1.budgets.0.amount']);
    const none = await t.app.inject({
      url: `/api/rounds/${roundId}/rules`,
      headers: as.secretariat.headers,
    });
    expect(none.statusCode).toBe(404);
  });

  it('names the pool whose pools inside have more money than it', async () => {
    const roundId = await givenLaterRound(t.access, 2026);
    // 360 + 20 = 380 inside a pool of 375.
    expectProblem(
      await put('secretariat', roundId, { version: null, rules: rules(20_000) }),
      400,
      'ValidationError',
      'rules.pools.0.budgets.0.amount',
    );
  });

  it('answers 409 to a stale version and 403 to anyone but the secretariat', async () => {
    const roundId = await givenLaterRound(t.access, 2026);
    expect((await put('secretariat', roundId, { version: null, rules: rules() })).statusCode).toBe(
      200,
    );
    expect((await put('secretariat', roundId, { version: null, rules: rules() })).statusCode).toBe(
      409,
    );
    expect(
      (await put('finance', roundId, { version: 1, rules: rules(), reason: 'x' })).statusCode,
    ).toBe(403);
  });
});
