import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentList, commentOutput } from '../../shared/comment-schema.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { storeProposal } from '../test/proposals.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { injectAs, signedInPeople, type Inject } from '../test/users.ts';

describe.each(testDatabases())('comments on a proposal on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  const as: Record<string, Inject> = {};

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    for (const [who, session] of Object.entries(await signedInPeople(t, m))) {
      as[who] = injectAs(t.app, session);
    }
  });
  afterAll(() => t?.close());

  async function proposal(status: 'draft' | 'submitted') {
    return (await storeProposal(t.access, proposalContentInput.parse(fullProposal(m)), status)).id;
  }

  const write = (who: string, id: string, body: string) =>
    as[who]!({ method: 'POST', url: `/api/proposals/${id}/comments`, payload: { body } });
  const read = (who: string, id: string) => as[who]!(`/api/proposals/${id}/comments`);

  it('shows the author’s comment to the forvaltning’s reviewer, named and oldest first', async () => {
    const id = await proposal('draft');
    const first = await write('author', id, 'Skal vi have IT-kredsen med?');
    expect(first.statusCode, first.body).toBe(201);
    expect(commentOutput.parse(first.json()).author).toMatch(/^Testbruger /);
    expect((await write('reviewer', id, '  Ja, før indsendelse.  ')).statusCode).toBe(201);

    const listed = await read('reviewer', id);
    expect(listed.statusCode).toBe(200);
    const items = commentList.parse(listed.json()).items;
    expect(items.map((c) => c.body)).toEqual([
      'Skal vi have IT-kredsen med?',
      'Ja, før indsendelse.',
    ]);
  });

  it('hides a draft’s comments from another forvaltning (404) and lets readers read, not write, once submitted', async () => {
    const draft = await proposal('draft');
    await write('author', draft, 'Intern note.');
    expectProblem(await read('otherAuthor', draft), 404, 'NotFound');
    expectProblem(await write('otherAuthor', draft, 'Hej'), 404, 'NotFound');
    expectProblem(await read('reader', draft), 404, 'NotFound');

    const submitted = await proposal('submitted');
    await write('author', submitted, 'Indsendt.');
    const readerSees = commentList.parse((await read('reader', submitted)).json()).items;
    expect(readerSees.map((c) => c.body)).toEqual(['Indsendt.']);
    expectProblem(await write('reader', submitted, 'Et spørgsmål'), 403, 'Forbidden');
  });

  it('refuses an empty comment with 400 naming body, and one without a session with 401', async () => {
    const id = await proposal('draft');
    expectProblem(await write('author', id, '   '), 400, 'ValidationError', 'body');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/proposals/${id}/comments`,
      payload: { body: 'Hej' },
    });
    expectProblem(anonymous, 401, 'Unauthorized');
    expect(commentList.parse((await read('author', id)).json()).items).toEqual([]);
  });
});
