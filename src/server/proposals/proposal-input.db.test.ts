import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';

// What a client can get wrong, and the answer it gets: a 4xx in the one error shape, naming the
// field, and nothing stored. None of these may ever be a 500.

const BODY_LIMIT = 64 * 1024;

describe.each(testDatabases())('bad input on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  beforeAll(async () => {
    t = await startTestApp(target, { bodyLimitBytes: BODY_LIMIT });
    m = await givenMunicipality(t.access);
  });
  afterAll(() => t?.close());

  const post = (payload: unknown) =>
    t.api({ method: 'POST', url: '/api/proposals', payload: payload as object });

  type Spoil = (input: Record<string, unknown>) => void;
  /** A complete proposal with one part replaced by something no client should send. */
  const spoiled = (spoil: Spoil) => {
    const input: Record<string, unknown> = structuredClone(fullProposal(m));
    spoil(input);
    return input;
  };
  const economyOf = (input: Record<string, unknown>) =>
    input.economy as Required<NonNullable<ProposalContentInput['economy']>>;

  it.each<[string, string, Spoil]>([
    ['title', 'a number for the title', (p: Record<string, unknown>) => (p.title = 42)],
    ['title', 'no title', (p: Record<string, unknown>) => delete p.title],
    ['title', 'a blank title', (p: Record<string, unknown>) => (p.title = '   ')],
    ['kind', 'no kind', (p: Record<string, unknown>) => delete p.kind],
    ['kind', 'an unknown kind', (p: Record<string, unknown>) => (p.kind = 'bevilling')],
    [
      'economy.rows.0.values.1',
      'an amount with four decimals',
      (p: Record<string, unknown>) => (economyOf(p).rows[0]!.values[1] = 1.2345),
    ],
    [
      'economy.rows.0.values.2',
      'an amount given as text',
      (p: Record<string, unknown>) => ((economyOf(p).rows[0]!.values as unknown[])[2] = '1.000'),
    ],
    [
      'economy.rows.1.values',
      'a row with more values than the table has years',
      (p: Record<string, unknown>) => (economyOf(p).rows[1]!.values = [1, 2, 3, 4]),
    ],
    [
      'economy.rows.2.area',
      'an unknown styringsområde',
      (p: Record<string, unknown>) => ((economyOf(p).rows[2] as { area: string }).area = 'drift'),
    ],
    [
      'economy.years.0',
      'a year out of range',
      (p: Record<string, unknown>) => (economyOf(p).years[0] = 26),
    ],
    ['colour', 'an unknown field', (p: Record<string, unknown>) => (p.colour = 'rød')],
    [
      'economy.rows.0.note',
      'an unknown field in a row',
      (p: Record<string, unknown>) =>
        ((economyOf(p).rows[0] as Record<string, unknown>).note = 'x'),
    ],
    [
      'financeApproval.date',
      'a date that is no date',
      (p: Record<string, unknown>) =>
        (p.financeApproval = { approved: true, date: '31-02-2025', note: '' }),
    ],
    [
      'originProposalId',
      'an origin that is no uuid',
      (p: Record<string, unknown>) => (p.originProposalId = 'BC01'),
    ],
  ])('answers 400 naming %s to %s, and stores nothing', async (field, _case, spoil) => {
    expectProblem(await post(spoiled(spoil)), 400, 'ValidationError', field);
    const listed = await t.api(`/api/proposals?administration=${m.administration}`);
    expect(listed.json()).toMatchObject({ items: [], total: 0 });
  });

  it('answers 400 naming the body when it is no object', async () => {
    expectProblem(await post([]), 400, 'ValidationError', 'body');
  });

  it('names every field at fault, not just the first', async () => {
    const response = await post(
      spoiled((p) => {
        delete p.title;
        p.kind = 'x';
      }),
    );
    const body = expectProblem(response, 400, 'ValidationError', 'title');
    // Each field by the name the form gives it, in plain Danish.
    expect(body.message).toContain('Titel: skal udfyldes');
    expect(body.message).toContain('Forslagstype: skal være en af: ');
    expect(body.issues?.map((issue) => issue.field).sort()).toEqual(['kind', 'title']);
  });

  it('says what is wrong in plain Danish after the field’s name, not as a parser reports it', async () => {
    const body = expectProblem(
      await post(
        spoiled((p) => {
          p.title = 'x'.repeat(301);
          (p.risks as unknown[]) = [{ name: 'Leverandør', level: 'lav', mitigation: 7 }];
        }),
      ),
      400,
      'ValidationError',
      'title',
    );
    expect(body.message).toContain('Titel: må højst være 300 tegn');
    expect(body.message).toContain('Risiko 1: Håndtering: skal være tekst');
    expect(body.message).not.toMatch(/forventede|For stor|title:/);
    expect(body.issues?.find((i) => i.field === 'title')?.message).toBe('må højst være 300 tegn');
  });

  it('answers 400 naming the leadAdministration when the forvaltning is unknown', async () => {
    const body = expectProblem(
      await post(fullProposal(m, { leadAdministration: 'XYZ' })),
      400,
      'ValidationError',
      'leadAdministration',
    );
    expect(body.message).toBe("Fremstillende forvaltning: ukendt forvaltning 'XYZ'");
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await t.api({
      method: 'POST',
      url: '/api/proposals',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": "Halv", "kind": ',
    });
    expectProblem(response, 400, 'BadRequest', 'body');
  });

  it('answers 400 to an empty JSON body', async () => {
    const response = await t.api({
      method: 'POST',
      url: '/api/proposals',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'BadRequest', 'body');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'answers 415 to a body sent as %s',
    async (contentType) => {
      const response = await t.api({
        method: 'POST',
        url: '/api/proposals',
        headers: { 'content-type': contentType },
        payload: 'title=Hej',
      });
      expectProblem(response, 415, 'UnsupportedMediaType', 'Content-Type');
    },
  );

  it('answers 413 to a body over the limit, before reading it as a proposal', async () => {
    const response = await post(fullProposal(m, { summary: 'x'.repeat(BODY_LIMIT) }));
    expectProblem(response, 413, 'PayloadTooLarge', 'body');
  });

  it('answers 400 naming the id when it is no uuid', async () => {
    expectProblem(await t.api('/api/proposals/BC01'), 400, 'ValidationError', 'id');
    const save = await t.api({
      method: 'PUT',
      url: '/api/proposals/123',
      payload: { ...fullProposal(m), version: 1 },
    });
    expectProblem(save, 400, 'ValidationError', 'id');
  });

  it('answers 404 to an id no proposal has', async () => {
    const body = expectProblem(
      await t.api('/api/proposals/00000000-0000-4000-8000-000000000000'),
      404,
      'NotFound',
    );
    expect(body.message).toContain('00000000-0000-4000-8000-000000000000');
  });

  it('answers 400 naming the version when a save does not say which version it edits', async () => {
    const created = await post(fullProposal(await givenMunicipality(t.access)));
    const response = await t.api({
      method: 'PUT',
      url: `/api/proposals/${created.json().id}`,
      payload: fullProposal(m),
    });
    expectProblem(response, 400, 'ValidationError', 'version');
  });

  it('answers 400 naming the version in the path when it is no number', async () => {
    const created = await post(fullProposal(await givenMunicipality(t.access)));
    const response = await t.api(`/api/proposals/${created.json().id}/versions/første`);
    expectProblem(response, 400, 'ValidationError', 'version');
  });

  it.each([
    ['sort', 'sort=beløb'],
    ['order', 'order=op'],
    ['kind', 'kind=bevilling'],
  ])('answers 400 naming %s to an unknown list option', async (field, query) => {
    const response = await t.api(`/api/proposals?${encodeURI(query)}`);
    expectProblem(response, 400, 'ValidationError', field);
  });
});
