import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalStatus } from '../../domain/proposal.ts';
import { proposalList } from '../../shared/api-schemas.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { storeProposal } from '../test/proposals.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality, type Municipality } from '../test/factories.ts';
import { signedInPeople, type Person, type SignedIn } from '../test/users.ts';

describe.each(testDatabases())('GET /api/inbox on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<Person, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
  });
  afterAll(() => t?.close());

  async function proposal(status: ProposalStatus): Promise<string> {
    return (await storeProposal(t.access, proposalContentInput.parse(fullProposal(m)), status)).id;
  }

  async function inboxPage(who: Person, query = '') {
    const response = await t.app.inject({ url: `/api/inbox${query}`, headers: as[who].headers });
    expect(response.statusCode, response.body).toBe(200);
    return proposalList.parse(response.json());
  }

  async function inboxOf(who: Person): Promise<string[]> {
    return (await inboxPage(who)).items.map((p) => p.id);
  }

  it('holds each proposal for the role whose turn it is, in its own forvaltning', async () => {
    const draft = await proposal('draft');
    const ready = await proposal('ready_for_finance');
    const heard = await proposal('in_hearing');
    const submitted = await proposal('submitted');
    const ours = [draft, ready, heard, submitted];
    const held = async (who: Person) => (await inboxOf(who)).filter((id) => ours.includes(id));

    expect(await held('author')).toEqual(expect.arrayContaining([draft, heard]));
    expect(await held('author')).not.toContain(ready);
    expect(await held('otherAuthor')).toEqual([]);
    expect(await held('finance')).toEqual([ready]);
    expect(await held('hearing')).toEqual([heard]);
    expect(await held('secretariat')).toEqual([submitted]);
    expect(await held('reader')).toEqual([]);
  });

  it('pages the inbox, last changed first, each page with the total', async () => {
    for (let i = 0; i < 3; i++) await proposal('draft');
    const whole = await inboxPage('author');
    expect(whole.total).toBeGreaterThanOrEqual(3);
    const paged = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const page = await inboxPage('author', `?limit=2&offset=${offset}`);
      expect(page.total).toBe(whole.total);
      paged.push(...page.items);
    }
    expect(paged).toEqual(whole.items);
    const changed = whole.items.map((p) => p.updatedAt);
    expect(changed).toEqual([...changed].sort().reverse());
  });
});
