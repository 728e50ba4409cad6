import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResult } from '../../shared/search-schemas.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { postProposal } from '../test/proposals.ts';
import { givenUser, signIn } from '../test/users.ts';
import { rareWord } from '../test/words.ts';
import type { RoleGrant } from '../auth/actor.ts';

// Search and similar proposals answer a signed-in user with what that user may read, by the
// domain's visibility rules: a search must not reveal another forvaltning's drafts.

describe.each(testDatabases())('search visibility on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  /** A draft in each of two forvaltninger, both with the same rare word. */
  async function givenTwoDrafts() {
    const m = await givenMunicipality(t.access);
    const word = rareWord();
    const ours = await postProposal(t.api, fullProposal(m, { description: `Om ${word}.` }));
    const theirs = await postProposal(
      t.api,
      fullProposal(m, {
        title: `Om ${word}`,
        description: `Også om ${word}.`,
        leadAdministration: m.otherAdministration,
        affectedAdministrations: [],
      }),
    );
    return { m, word, ours, theirs };
  }

  async function as(roles: RoleGrant[]) {
    const { cookie } = await signIn(t.app, await givenUser(t.access, roles));
    return (url: string) => t.api({ method: 'GET', url, headers: { cookie } });
  }

  it('shows an author only their own forvaltning’s drafts, in the hits, total and facets', async () => {
    const { m, word, ours } = await givenTwoDrafts();
    const get = await as([{ role: 'author', administration: m.administration }]);
    const found = searchResult.parse((await get(`/api/search?q=${word}`)).json());
    expect(found.hits.map((hit) => hit.id)).toEqual([ours.id]);
    expect(found.total).toBe(1);
    expect(found.facets.administration).toEqual([{ value: m.administration, count: 1 }]);
  });

  it('shows the finance office every forvaltning’s, and a reader no drafts at all', async () => {
    const { word } = await givenTwoDrafts();
    const finance = await as([{ role: 'finance', administration: null }]);
    expect(searchResult.parse((await finance(`/api/search?q=${word}`)).json()).total).toBe(2);
    const reader = await as([{ role: 'reader', administration: null }]);
    expect(searchResult.parse((await reader(`/api/search?q=${word}`)).json()).total).toBe(0);
  });

  it('answers 404 for similar proposals of a proposal the user may not read', async () => {
    const { m, theirs, ours } = await givenTwoDrafts();
    const author = await as([{ role: 'author', administration: m.administration }]);
    expectProblem(await author(`/api/proposals/${theirs.id}/similar`), 404, 'NotFound');
    const finance = await as([{ role: 'finance', administration: null }]);
    const response = await finance(`/api/proposals/${theirs.id}/similar?round=${m.roundId}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((p: { id: string }) => p.id)).toEqual([ours.id]);
  });
});
