import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_LIMIT_BYTES } from '../../../domain/followup/evidence.ts';
import { goalOutput, proposalGoalsOutput } from '../../../shared/followup/goals-schema.ts';
import { tv01DigitaltSamtykke } from '../../demo/proposals/tv01-digitalt-samtykke.ts';
import { startTestApp, testDatabases, type TestApp } from '../../test/app.ts';
import { givenMunicipality, type Municipality } from '../../test/factories.ts';
import { signedInPeople, type Person, type SignedIn } from '../../test/users.ts';
import { givenGranted } from '../test-plans.ts';
import { measurementForm } from './test-form.ts';

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

describe.each(testDatabases())('follow-up goals on $name', (target) => {
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

  async function started() {
    const p = await givenGranted(t.access, m, tv01DigitaltSamtykke);
    const response = await call('author', 'POST', `/api/proposals/${p.id}/goals/from-tabel3`);
    expect(response.statusCode, response.body).toBe(201);
    return { proposalId: p.id, goals: proposalGoalsOutput.parse(response.json()).goals };
  }

  function measure(
    who: Person,
    goalId: string,
    fields: object,
    file?: { name: string; content: string | Uint8Array },
  ) {
    const form = measurementForm(fields as Record<string, string>, file);
    return t.app.inject({
      method: 'POST',
      url: `/api/goals/${goalId}/measurements`,
      payload: form.payload,
      headers: { ...as[who].headers, ...form.headers },
    });
  }

  it('starts from the proposal’s Tabel 3 goals, once', async () => {
    const { proposalId, goals } = await started();
    expect(goals.map((g) => g.goal)).toEqual(
      tv01DigitaltSamtykke.followUpGoals!.map((g) => g.goal),
    );
    expect(goals[0]).toMatchObject({
      version: 1,
      status: 'on_track',
      owner: tv01DigitaltSamtykke.followUpGoals![0]!.responsible,
      when: tv01DigitaltSamtykke.followUpGoals![0]!.when,
      measurements: [],
    });
    expect(
      (await call('secretariat', 'POST', `/api/proposals/${proposalId}/goals/from-tabel3`))
        .statusCode,
    ).toBe(409);
  });

  it('keeps an indicator: baseline, target, unit, dates, status with its reason', async () => {
    const { goals } = await started();
    const goal = goals[0]!;
    const put = (payload: object) => call('reviewer', 'PUT', `/api/goals/${goal.id}`, payload);
    const definition = {
      group: goal.group,
      goal: goal.goal,
      measure: 'Antal samtykkeskabeloner i SOF',
      owner: 'Digitalisering',
      unit: 'skabeloner',
      baseline: 120,
      target: 60,
      dueDates: ['2026-12-31', '2026-06-30'],
    };
    const delayedWithout = await put({ ...definition, version: 1, status: 'delayed' });
    expect(delayedWithout.statusCode).toBe(400);
    expect(delayedWithout.json().issues[0].field).toBe('statusComment');
    const saved = await put({
      ...definition,
      version: 1,
      status: 'delayed',
      statusComment: 'Leverandøren er forsinket',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(goalOutput.parse(saved.json())).toMatchObject({
      version: 2,
      baseline: 120,
      target: 60,
      unit: 'skabeloner',
      dueDates: ['2026-06-30', '2026-12-31'],
      status: 'delayed',
      statusComment: 'Leverandøren er forsinket',
    });
    expect((await put({ ...definition, version: 1, status: 'on_track' })).statusCode).toBe(409);
    expect(
      (await put({ ...definition, baseline: 1.23456, version: 2, status: 'on_track' })).json()
        .issues[0].field,
    ).toBe('baseline');
  });

  it('records a measurement with a PDF as evidence, kept in the database and served back', async () => {
    const { goals } = await started();
    const goal = goals[1]!;
    const response = await measure(
      'author',
      goal.id,
      { version: 1, measuredOn: '2026-06-20', value: '57.5', comment: 'Optalt' },
      { name: 'optælling.pdf', content: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    const saved = goalOutput.parse(response.json());
    expect(saved.version).toBe(2);
    expect(saved.measurements).toMatchObject([
      {
        measuredOn: '2026-06-20',
        value: 57.5,
        comment: 'Optalt',
        evidence: { fileName: 'optælling.pdf', kind: 'pdf', size: PDF.length },
      },
    ]);
    const file = await call(
      'reader',
      'GET',
      `/api/goals/${goal.id}/evidence/${saved.measurements[0]!.evidence!.id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body).toBe(PDF);
    // A report of a few megabytes is more than a JSON body may be, and still welcome.
    const report = PDF + ' '.repeat(3 * 1024 * 1024);
    const large = await measure(
      'author',
      goal.id,
      { version: 2, measuredOn: '2026-06-21' },
      { name: 'rapport.pdf', content: report },
    );
    expect(large.statusCode, large.body).toBe(201);
    const entries = await t.access.audit.forProposal(goal.proposalId);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['goal.start', 'goal.measurement']),
    );
  });

  it('refuses a file of the wrong type, a file too large and a bad value, naming the field, saving nothing', async () => {
    const { goals } = await started();
    const goal = goals[2]!;
    const base = { version: 1, measuredOn: '2026-06-20', value: '3' };
    const refused = async (
      fields: object,
      file?: { name: string; content: string | Uint8Array },
    ) => {
      const response = await measure('author', goal.id, fields, file);
      return [
        response.statusCode,
        response.json().issues?.[0]?.field ?? response.json().message.split(':')[0],
      ];
    };
    expect(
      await refused(base, { name: 'rapport.pdf', content: 'MZ\u0090\u0000 this is a program' }),
    ).toEqual([400, 'file']);
    expect(
      await refused(base, {
        name: 'stor.pdf',
        content: new Uint8Array(EVIDENCE_LIMIT_BYTES + 1).fill(37),
      }),
    ).toEqual([413, 'file']);
    expect(await refused({ ...base, value: '12,5' })).toEqual([400, 'value']);
    expect(await refused({ ...base, measuredOn: '2099-01-01' })).toEqual([400, 'measuredOn']);
    expect(await refused({ ...base, colour: 'blå' })).toEqual([400, 'colour']);
    const after = proposalGoalsOutput.parse(
      (await call('author', 'GET', `/api/proposals/${goal.proposalId}/goals`)).json(),
    );
    expect(after.goals[2]).toMatchObject({ version: 1, measurements: [] });
  });

  it('lets only the own forvaltning and the secretariat keep the goals; readers read them', async () => {
    const { proposalId, goals } = await started();
    const goal = goals[0]!;
    expect((await call('reader', 'GET', `/api/proposals/${proposalId}/goals`)).statusCode).toBe(
      200,
    );
    expect(
      (await call('otherAuthor', 'GET', `/api/proposals/${proposalId}/goals`)).statusCode,
    ).toBe(404);
    for (const who of ['reader', 'finance'] as const) {
      expect(
        (await measure(who, goal.id, { version: 1, measuredOn: '2026-06-20' })).statusCode,
      ).toBe(403);
    }
    expect(
      (await measure('otherAuthor', goal.id, { version: 1, measuredOn: '2026-06-20' })).statusCode,
    ).toBe(404);
    expect(
      (await measure('secretariat', goal.id, { version: 1, measuredOn: '2026-06-20' })).statusCode,
    ).toBe(201);
  });
});
