import { problemMessage } from '../../problems.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanList, loanOutput } from '../../../shared/followup/loans-schema.ts';
import { proposalContentInput } from '../../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../../test/app.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../../test/factories.ts';
import { storeProposal } from '../../test/proposals.ts';
import { signedInPeople, type Person, type SignedIn } from '../../test/users.ts';
import { givenGranted, givenSeed002Loan } from '../test-plans.ts';
import { loanService } from './service.ts';

const READER = { role: 'reader' as const, administration: null };

describe.each(testDatabases())('internal loans on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<Person, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  const call = (who: Person, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who].headers, ...(payload ? { payload } : {}) });

  async function loanOf(id: string, who: Person = 'secretariat') {
    const response = await call(who, 'GET', `/api/proposals/${id}/loan`);
    expect(response.statusCode, response.body).toBe(200);
    return loanOutput.parse(response.json());
  }

  it('shows seed 002 as its plan implies: 1.200 lent, 2 x 610 scheduled, 20 more than lent', async () => {
    const p = await givenSeed002Loan(t.access, m);
    expect(await loanOf(p.id)).toMatchObject({
      version: 0,
      origin: 'plan',
      priceLevelYear: 2025,
      principal: 1200,
      scheduled: 1220,
      scheduleDifference: 20,
      repaid: 0,
      balance: 1200,
      instalments: [
        { dueOn: '2026-12-31', amount: 610, state: expect.any(String) },
        { dueOn: '2027-12-31', amount: 610, state: 'due' },
      ],
      payments: [],
    });
  });

  it('records a payment: the balance falls, the version moves on, the audit log keeps it', async () => {
    const p = await givenSeed002Loan(t.access, m);
    const paid = await call('secretariat', 'POST', `/api/proposals/${p.id}/loan/payments`, {
      version: 0,
      paidOn: '2026-11-20',
      amount: 610,
      note: 'Første afdrag',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(loanOutput.parse(paid.json())).toMatchObject({
      version: 1,
      repaid: 610,
      balance: 590,
      outstanding: 610,
      instalments: [{ state: 'paid', settledOn: '2026-11-20' }, { state: 'due' }],
      payments: [{ paidOn: '2026-11-20', amount: 610, note: 'Første afdrag' }],
    });
    const entries = await t.access.audit.forProposal(p.id);
    expect(entries.map((e) => e.action)).toContain('loan.payment');

    // The same form sent again on the old version is refused, not booked twice.
    const again = await call('secretariat', 'POST', `/api/proposals/${p.id}/loan/payments`, {
      version: 0,
      paidOn: '2026-11-20',
      amount: 610,
    });
    expect(again.statusCode).toBe(409);
    expect((await loanOf(p.id)).repaid).toBe(610);
  });

  it('on the day after the first due date, what is left of it is overdue (Copenhagen)', async () => {
    const p = await givenSeed002Loan(t.access, m);
    const paid = await call('secretariat', 'POST', `/api/proposals/${p.id}/loan/payments`, {
      version: 0,
      paidOn: '2026-11-01',
      amount: 300,
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const reader = { id: randomUUID(), username: 'l', name: 'L', roles: [READER] };
    const at = async (instant: string) => {
      const found = await loanService(t.access, () => new Date(instant)).findLoan({
        proposalId: p.id,
        user: reader,
      });
      if (!found.ok) throw new Error(problemMessage(found.problem, 'da'));
      return found.value.status.overdue;
    };
    // Midnight in Copenhagen is 23.00 UTC in winter.
    expect(await at('2026-12-31T22:59:59Z')).toBe(0);
    expect(await at('2026-12-31T23:00:00Z')).toBe(310_000);
  });

  it('lets the secretariat set other terms with a reason, and answers bad input naming the field', async () => {
    const p = await givenSeed002Loan(t.access, m);
    const url = `/api/proposals/${p.id}/loan`;
    const set = await call('secretariat', 'PUT', url, {
      version: 0,
      principal: 1200,
      instalments: [
        { dueOn: '2028-12-31', amount: 400 },
        { dueOn: '2026-12-31', amount: 400 },
        { dueOn: '2027-12-31', amount: 400 },
      ],
      reason: 'Tre års tilbagebetaling som beskrevet i teksten',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(loanOutput.parse(set.json())).toMatchObject({
      version: 1,
      origin: 'secretariat',
      scheduled: 1200,
      scheduleDifference: 0,
      instalments: [{ dueOn: '2026-12-31' }, { dueOn: '2027-12-31' }, { dueOn: '2028-12-31' }],
    });

    const field = async (payload: object, method: 'PUT' | 'POST' = 'POST') => {
      const response = await call(
        'secretariat',
        method,
        method === 'PUT' ? url : `${url}/payments`,
        payload,
      );
      expect(response.statusCode, response.body).toBe(400);
      return response.json<{ issues: { field: string }[] }>().issues.map((i) => i.field);
    };
    expect(await field({ version: 1, paidOn: '2026-11-20', amount: 0.0001 })).toEqual(['amount']);
    expect(await field({ version: 1, paidOn: '2026-11-20', amount: -5 })).toEqual(['amount']);
    expect(await field({ version: 1, paidOn: '2099-01-01', amount: 5 })).toEqual(['paidOn']);
    expect(await field({ version: 1, paidOn: '31.12.2026', amount: 5 })).toEqual(['paidOn']);
    expect(
      await field(
        { version: 1, principal: 1200, instalments: [{ dueOn: '2026-12-31', amount: 1 }] },
        'PUT',
      ),
    ).toEqual(['reason']);
    expect((await loanOf(p.id)).payments).toEqual([]);
  });

  it('is no loan for an investment case, nor for a proposal not granted', async () => {
    const investment = await givenGranted(t.access, m, fullProposal(m));
    const draft = await storeProposal(
      t.access,
      proposalContentInput.parse({ ...fullProposal(m), kind: 'foranalyse' }),
    );
    for (const id of [investment.id, draft.id]) {
      expect((await call('secretariat', 'GET', `/api/proposals/${id}/loan`)).statusCode).toBe(404);
      const paid = await call('secretariat', 'POST', `/api/proposals/${id}/loan/payments`, {
        version: 0,
        paidOn: '2026-11-20',
        amount: 5,
      });
      expect(paid.statusCode).toBe(400);
      expect(paid.json<{ issues: { field: string }[] }>().issues[0]!.field).toBe('proposalId');
    }
  });

  it('shows a forvaltning its own loans, readers all, and lets only the secretariat record', async () => {
    const p = await givenSeed002Loan(t.access, m);
    const listed = async (who: Person) =>
      loanList.parse((await call(who, 'GET', '/api/loans')).json()).items.map((l) => l.proposalId);
    expect(await listed('author')).toContain(p.id);
    expect(await listed('reader')).toContain(p.id);
    expect(await listed('otherAuthor')).not.toContain(p.id);
    expect((await call('otherAuthor', 'GET', `/api/proposals/${p.id}/loan`)).statusCode).toBe(404);
    const payment = { version: 0, paidOn: '2026-11-20', amount: 5 };
    for (const who of ['author', 'reviewer', 'finance', 'reader'] as const) {
      const response = await call(who, 'POST', `/api/proposals/${p.id}/loan/payments`, payment);
      expect([who, response.statusCode]).toEqual([who, 403]);
    }
  });
});
