import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHistory } from '../../shared/audit-schema.ts';
import {
  proposalContentInput,
  proposalOutput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { authorDraft, givenMunicipality, type Municipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';
import { signedInPeople, type SignedIn } from '../test/users.ts';

describe.each(testDatabases())('workflow steps on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<string, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  async function draft(): Promise<ProposalOutput> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/proposals',
      payload: authorDraft(m),
      headers: as.author!.headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    return proposalOutput.parse(response.json());
  }

  const step = (who: string, p: ProposalOutput, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/proposals/${p.id}/steps`,
      payload: { version: p.version, ...payload },
      headers: as[who]!.headers,
    });

  async function took(who: string, p: ProposalOutput, payload: Record<string, unknown>) {
    const response = await step(who, p, payload);
    expect(response.statusCode, response.body).toBe(200);
    return proposalOutput.parse(response.json());
  }

  it('takes a proposal from draft to a round: refused without approval, approved, heard, submitted', async () => {
    let p = await draft();
    // Submission comes after Center for Økonomi's approval, never straight from a draft.
    expectProblem(await step('author', p, { step: 'submit' }), 409, 'Conflict');

    p = await took('author', p, { step: 'request_finance_approval' });
    expect(p.status).toBe('ready_for_finance');
    p = await took('finance', p, { step: 'approve_finance', date: '2026-03-02', comment: 'OK' });
    expect(p).toMatchObject({
      status: 'finance_approved',
      financeApproval: { approved: true, date: '2026-03-02', note: 'OK' },
    });
    p = await took('reviewer', p, { step: 'send_to_hearing' });
    expect(p.status).toBe('in_hearing');

    const heard = await t.app.inject({
      method: 'POST',
      url: `/api/proposals/${p.id}/hearings`,
      payload: {
        version: p.version,
        body: 'IT-kredsen',
        heard: true,
        date: '2026-03-10',
        answer: 'Tiltrådt',
      },
      headers: as.hearing!.headers,
    });
    expect(heard.statusCode, heard.body).toBe(200);
    p = proposalOutput.parse(heard.json());
    expect(p.hearings).toContainEqual({
      body: 'IT-kredsen',
      heard: true,
      date: '2026-03-10',
      answer: 'Tiltrådt',
    });
    expect(p.hearings).toHaveLength(2);

    p = await took('author', p, { step: 'submit' });
    expect(p.status).toBe('submitted');
    p = await took('secretariat', p, { step: 'assign_round', roundId: m.roundId });
    expect(p).toMatchObject({ status: 'submitted', roundId: m.roundId });

    const history = await t.api({ method: 'GET', url: `/api/proposals/${p.id}/history` });
    const entries = auditHistory.parse(history.json()).items;
    expect(entries.map((e) => [e.action, e.step, e.toState])).toEqual([
      ['proposal.create', null, 'draft'],
      ['proposal.step', 'request_finance_approval', 'ready_for_finance'],
      ['proposal.step', 'approve_finance', 'finance_approved'],
      ['proposal.step', 'send_to_hearing', 'in_hearing'],
      ['proposal.hearing', null, 'in_hearing'],
      ['proposal.step', 'submit', 'submitted'],
      ['proposal.step', 'assign_round', 'submitted'],
    ]);
    expect(entries[2]!.changes.map((c) => c.path)).toEqual([
      'financeApproval.approved',
      'financeApproval.date',
      'financeApproval.note',
    ]);
  });

  it('hides another forvaltning’s proposal from an author (404) and refuses a reader’s step (403)', async () => {
    const p = await draft();
    expectProblem(
      await step('otherAuthor', p, { step: 'request_finance_approval' }),
      404,
      'NotFound',
    );
    const submitted = await took('author', p, { step: 'request_finance_approval' });
    expectProblem(await step('author', submitted, { step: 'approve_finance' }), 403, 'Forbidden');
  });

  it('refuses a step the status does not allow with 409, and one on an older version', async () => {
    const p = await draft();
    expectProblem(await step('finance', p, { step: 'approve_finance' }), 409, 'Conflict');
    await took('author', p, { step: 'request_finance_approval' });
    const stale = expectProblem(
      await step('author', p, { step: 'request_finance_approval' }),
      409,
      'Conflict',
    );
    expect(stale.currentVersion).toBe(2);
  });

  it('requires a comment to send a proposal back to its author', async () => {
    const ready = await took('author', await draft(), { step: 'request_finance_approval' });
    expectProblem(
      await step('finance', ready, { step: 'return_to_author', comment: ' ' }),
      400,
      'ValidationError',
      'comment',
    );
    const back = await took('finance', ready, {
      step: 'return_to_author',
      comment: 'Tabel 1 mangler anlæg.',
    });
    expect(back.status).toBe('draft');
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const p = await draft();
    const url = `/api/proposals/${p.id}/steps`;
    const payload = { step: 'request_finance_approval', version: 1 };
    expectProblem(await t.app.inject({ method: 'POST', url, payload }), 401, 'Unauthorized');
    expectProblem(
      await t.app.inject({ method: 'POST', url, payload, headers: { cookie: as.author!.cookie } }),
      403,
      'Forbidden',
      'x-csrf-token',
    );
  });

  it('answers 400 naming the field for an unknown step or round', async () => {
    expectProblem(
      await step('author', await draft(), { step: 'approve' }),
      400,
      'ValidationError',
      'step',
    );
    let p = await took('author', await draft(), { step: 'request_finance_approval' });
    p = await took('finance', p, { step: 'approve_finance' });
    p = await took('author', p, { step: 'submit' });
    expectProblem(
      await step('secretariat', p, { step: 'assign_round', roundId: 'findes-ikke' }),
      400,
      'ValidationError',
      'roundId',
    );
  });

  it('lets only hearing bodies and the secretariat record a hearing, and only in hearing', async () => {
    const p = await draft();
    const record = (who: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/hearings`,
        payload: { version: p.version, body: 'IT-kredsen', heard: true, date: '2026-03-01' },
        headers: as[who]!.headers,
      });
    // A hearing body does not see a draft at all; the secretariat sees it but is too early.
    expectProblem(await record('hearing'), 404, 'NotFound');
    expectProblem(await record('secretariat'), 409, 'Conflict');
    let inHearing = await took('author', p, { step: 'request_finance_approval' });
    inHearing = await took('finance', inHearing, { step: 'approve_finance' });
    inHearing = await took('author', inHearing, { step: 'send_to_hearing' });
    const answer = (who: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/hearings`,
        payload: {
          version: inHearing.version,
          body: 'IT-kredsen',
          heard: false,
          date: '2026-03-01',
        },
        headers: as[who]!.headers,
      });
    expectProblem(await answer('author'), 403, 'Forbidden');
    const recorded = await answer('secretariat');
    expect(recorded.statusCode, recorded.body).toBe(200);
    // The planned IT-kredsen row is answered, not repeated.
    expect(
      proposalOutput.parse(recorded.json()).hearings.filter((h) => h.body === 'IT-kredsen'),
    ).toEqual([{ body: 'IT-kredsen', heard: false, date: '2026-03-01', answer: '' }]);
  });

  const put = (who: string, p: ProposalOutput, changes: Record<string, unknown>) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/proposals/${p.id}`,
      payload: { ...authorDraft(m), version: p.version, ...changes },
      headers: as[who]!.headers,
    });

  it('refuses an author who writes Tabel 4 into their own draft, and keeps it unapproved', async () => {
    const p = await draft();
    const approval = { approved: true, date: '2026-03-02', note: '' };
    expectProblem(
      await put('author', p, { financeApproval: approval }),
      403,
      'Forbidden',
      'financeApproval',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/proposals',
        payload: authorDraft(m, { financeApproval: approval }),
        headers: as.author!.headers,
      }),
      403,
      'Forbidden',
      'financeApproval',
    );
    const read = await t.api({ method: 'GET', url: `/api/proposals/${p.id}` });
    expect(proposalOutput.parse(read.json()).financeApproval.approved).toBeNull();
    // Saving the rest, with Tabel 4 left out or sent back as it is, still works.
    const saved = await put('author', p, { title: 'Ny titel', financeApproval: undefined });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('refuses a submission whose approval no approve_finance step wrote, as an import or a seed has it', async () => {
    const seeded = await storeProposal(
      t.access,
      proposalContentInput.parse(
        authorDraft(m, { financeApproval: { approved: true, date: '2025-03-01', note: '' } }),
      ),
      'finance_approved',
    );
    const p = proposalOutput.parse(
      (await t.api({ method: 'GET', url: `/api/proposals/${seeded.id}` })).json(),
    );
    const refused = expectProblem(
      await step('author', p, { step: 'submit' }),
      400,
      'ValidationError',
      'financeApproval',
    );
    expect(refused.message).toContain('approve_finance');
  });

  it('lets a hearing account answer only for its own body, and an author only plan hearings', async () => {
    let p = await took('author', await draft(), { step: 'request_finance_approval' });
    p = await took('finance', p, { step: 'approve_finance' });
    p = await took('author', p, { step: 'send_to_hearing' });
    const answer = (body: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/hearings`,
        payload: { version: p.version, body, heard: true, date: '2026-03-01', answer: 'Ja' },
        headers: as.hearing!.headers,
      });
    const refused = expectProblem(await answer('MED-udvalg'), 403, 'Forbidden', 'body');
    expect(refused.message).toContain('IT-kredsen');
    expect((await answer('IT-kredsen')).statusCode).toBe(200);

    const planned = { heard: null, date: null, answer: '' };
    let d = await draft();
    const answered = [{ body: 'MED-udvalg', heard: true, date: '2026-03-01', answer: 'Tiltrådt' }];
    expectProblem(await put('author', d, { hearings: answered }), 403, 'Forbidden', 'hearings');
    const plan = await put('author', d, { hearings: [{ body: 'Økonomikredsen', ...planned }] });
    expect(plan.statusCode, plan.body).toBe(200);
    d = proposalOutput.parse(plan.json());
    expect(d.hearings).toEqual([{ body: 'Økonomikredsen', ...planned }]);
  });

  it('leaves the code and the round to the secretariat', async () => {
    const p = await draft();
    expectProblem(await put('author', p, { code: 'BC99' }), 403, 'Forbidden', 'code');
    expectProblem(await put('author', p, { roundId: m.roundId }), 403, 'Forbidden', 'roundId');
    const placed = await put('secretariat', p, { code: 'BC99', roundId: m.roundId });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(proposalOutput.parse(placed.json())).toMatchObject({ code: 'BC99', roundId: m.roundId });
  });
});
