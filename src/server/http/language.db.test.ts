import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalOutput, type ProposalOutput } from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { givenLaterRound } from '../decisions/test-round.ts';
import { expectProblem } from '../test/expect.ts';
import {
  authorDraft,
  fullProposal,
  givenMunicipality,
  type Municipality,
} from '../test/factories.ts';
import { signedInPeople, type SignedIn } from '../test/users.ts';

// The web app sends the language the user chose as Accept-Language; the API's refusals come
// back in it, with Danish for a client that asks for nothing or for a language the app lacks.

describe.each(testDatabases())('error messages in the client’s language on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<string, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  const inLanguage = (language: string | undefined) =>
    language === undefined ? {} : { 'accept-language': language };

  const create = (payload: object, language?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/proposals',
      payload,
      headers: { ...as.secretariat!.headers, ...inLanguage(language) },
    });

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

  it('names a bad field of a proposal by its English label, with the issue in English', async () => {
    const response = await create({ ...fullProposal(m), title: 'x'.repeat(301) }, 'en-GB,en;q=0.9');
    const body = expectProblem(response, 400, 'ValidationError');
    expect(body.message).toBe('Title: must be at most 300 characters');
    expect(body.issues).toEqual([{ field: 'title', message: 'must be at most 300 characters' }]);
  });

  it('says in English what the service refuses, naming the field and the value', async () => {
    const response = await create(fullProposal(m, { committee: 'NOPE' }), 'en');
    const body = expectProblem(response, 400, 'ValidationError');
    expect(body.message).toBe("Committee: unknown committee 'NOPE'");
  });

  it('answers a missing title in English and in Danish', async () => {
    const { title: _, ...untitled } = fullProposal(m);
    const english = expectProblem(await create(untitled, 'en'), 400, 'ValidationError');
    expect(english.message).toBe('Title: is required');
    const danish = expectProblem(await create(untitled), 400, 'ValidationError');
    expect(danish.message).toBe('Titel: skal udfyldes');
  });

  it('answers a conflicting save in English', async () => {
    const p = await draft();
    const save = () =>
      t.app.inject({
        method: 'PUT',
        url: `/api/proposals/${p.id}`,
        payload: { ...authorDraft(m), version: 1 },
        headers: { ...as.author!.headers, 'accept-language': 'en' },
      });
    expect((await save()).statusCode).toBe(200);
    const body = expectProblem(await save(), 409, 'Conflict');
    expect(body.message).toBe(
      'The proposal has been changed by someone else since you opened it (you have version 1, the saved one is version 2). Reload the proposal and make your changes again.',
    );
  });

  it('answers a step the status does not allow in English, and in Danish for a language it lacks', async () => {
    const p = await draft();
    const submit = (language: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/steps`,
        payload: { version: p.version, step: 'submit' },
        headers: { ...as.author!.headers, 'accept-language': language },
      });
    expect(expectProblem(await submit('en'), 409, 'Conflict').message).toBe(
      "The step cannot be taken while the proposal has status 'draft'.",
    );
    expect(expectProblem(await submit('fr-FR, de;q=0.5'), 409, 'Conflict').message).toBe(
      "Skridtet kan ikke tages, når forslaget har status 'draft'.",
    );
  });

  it('refuses a round’s rules that do not hold together in English, naming the pool', async () => {
    const roundId = await givenLaterRound(t.access, 2026);
    const pool = (key: string, parentKey: string | null) => ({
      key,
      name: key,
      parentKey,
      kinds: [],
      budgets: [{ year: 2026, amount: 1_000 }],
    });
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/rounds/${roundId}/rules`,
      payload: {
        version: null,
        rules: {
          paybackLimitYears: 6,
          caps: { foranalyse: null, innovationsforslag: null, investeringsforslag: null },
          pools: [pool('puljer', null), pool('puljer', 'ingen')],
          criteria: [],
        },
      },
      headers: { ...as.secretariat!.headers, 'accept-language': 'en' },
    });
    const body = expectProblem(response, 400, 'ValidationError');
    expect(body.issues).toEqual([
      { field: 'rules.pools.1.key', message: "the pool 'puljer' appears twice" },
      { field: 'rules.pools.1.parentKey', message: "there is no pool 'ingen'" },
    ]);
  });

  it('answers a wrong password in English', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ingen-bruger', password: 'forkert' },
      headers: { 'accept-language': 'en' },
    });
    expect(expectProblem(response, 401, 'Unauthorized').message).toBe(
      'Wrong username or password.',
    );
  });
});
