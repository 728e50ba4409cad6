import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { similarList, type SimilarProposal } from '../../shared/search-schemas.ts';
import { bc02DigitaltJobunivers } from '../demo/proposals/bc02-digitalt-jobunivers.ts';
import { udSi01Loeft } from '../demo/proposals/ud-si01-loeft.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { postProposal } from '../test/proposals.ts';
import {
  asNewDraft,
  fullProposal,
  givenMunicipality,
  unique,
  type Municipality,
} from '../test/factories.ts';

// Two forvaltninger describing the same integration in their own words, as happens when both
// apply for money for it. The systems' names are new in each test run, as product names would
// be; the tests look within their own round, so copies left by earlier runs on a shared
// database, which are even more alike, do not compete.

const newName = (prefix: string) => `${prefix}${unique('').replace(/\d/g, 'x')}`;

function integration() {
  const [care, medicine] = [newName('Omsorg'), newName('Medi')];
  return {
    first: {
      title: `Integration mellem ${medicine} og ${care} for hjemmeplejen`,
      summary: `Vi bygger en integration, så ${medicine} og ${care} udveksler borgerens medicinliste og plejeplan automatisk.`,
      description:
        `I dag tastes medicinlister fra ${medicine} manuelt ind i ${care}. En integration via ` +
        `snitflader mellem ${medicine} og ${care} fjerner dobbeltregistrering og fejlmedicinering.`,
    },
    second: {
      title: `Automatisk udveksling af medicinlister mellem ${care} og ${medicine}`,
      summary: `Medicinlister og plejeplaner skal flyde automatisk mellem ${care} og ${medicine} uden manuel indtastning.`,
      description:
        `Medarbejderne genindtaster medicinlisten fra ${medicine}, hvilket giver fejlmedicinering. ` +
        `Med en snitflade mellem ${medicine} og ${care} udveksles data automatisk.`,
    },
  };
}

describe.each(testDatabases())('similar proposals on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  const create = (input: ProposalContentInput) => postProposal(t.api, input);

  async function similar(
    id: string,
    query: Record<string, string> = {},
  ): Promise<SimilarProposal[]> {
    const response = await t.api(
      `/api/proposals/${id}/similar?${new URLSearchParams(query).toString()}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return similarList.parse(response.json()).items;
  }

  const led = (m: Municipality, administration: string, content: Partial<ProposalContentInput>) =>
    fullProposal(m, {
      ...content,
      leadAdministration: administration,
      affectedAdministrations: [],
      committee: m.committee,
      roundId: m.roundId,
      originProposalId: null,
    });

  /** The integration in both forvaltninger, one more proposal of the first, and two unrelated. */
  async function givenOverlap() {
    const m = await givenMunicipality(t.access);
    const text = integration();
    const first = await create(led(m, m.administration, text.first));
    const second = await create(led(m, m.otherAdministration, text.second));
    const sameAdministration = await create(
      led(m, m.administration, { ...text.second, title: `${text.second.title}, fase 2` }),
    );
    const unrelated = [
      await create(
        led(m, m.otherAdministration, {
          ...asNewDraft(bc02DigitaltJobunivers),
          code: unique('BC'),
        }),
      ),
      await create(
        led(m, m.otherAdministration, { ...asNewDraft(udSi01Loeft), code: unique('UD') }),
      ),
    ];
    return { m, first, second, sameAdministration, unrelated };
  }

  it('finds the same integration proposed by another forvaltning, both ways, first', async () => {
    const { m, first, second, unrelated } = await givenOverlap();
    const fromFirst = await similar(first.id, { round: m.roundId });
    expect(fromFirst[0]).toMatchObject({ id: second.id, title: second.title });
    expect(fromFirst[0]!.score).toBeGreaterThan(0.3);
    expect(fromFirst[0]!.score).toBeLessThanOrEqual(1);
    // From the second forvaltning's side, the first's two proposals on it come first.
    const fromSecond = await similar(second.id, { round: m.roundId });
    expect(fromSecond.slice(0, 2).map((p) => p.id)).toContain(first.id);
    const unrelatedIds = unrelated.map((p) => p.id);
    for (const hit of [...fromFirst, ...fromSecond]) {
      if (unrelatedIds.includes(hit.id)) expect(hit.score).toBeLessThan(fromFirst[0]!.score);
    }
  });

  it('finds a near-identical proposal of the same forvaltning too, marked as such', async () => {
    const { m, first, second, sameAdministration } = await givenOverlap();
    // The first one sent in again: the same words, the title slightly changed.
    const { summary, description } = (await t.api(`/api/proposals/${first.id}`)).json();
    const copy = await create(
      led(m, m.administration, { title: `${first.title} (genfremsendt)`, summary, description }),
    );
    const found = await similar(first.id, { round: m.roundId });
    const byId = new Map(found.map((p) => [p.id, p]));
    expect(byId.get(copy.id)).toMatchObject({ sameAdministration: true });
    expect(byId.get(copy.id)!.score).toBeGreaterThanOrEqual(0.8);
    expect(byId.get(second.id)).toMatchObject({ sameAdministration: false });
    // The same forvaltning's related but different proposal is not a duplicate.
    expect(byId.has(sameAdministration.id)).toBe(false);
  });

  it('leaves out the proposal itself and, unless scope=all, its own forvaltning’s', async () => {
    const { m, first, second, sameAdministration } = await givenOverlap();
    const other = await similar(first.id, { round: m.roundId });
    expect(other.map((p) => p.id)).not.toContain(first.id);
    expect(other.map((p) => p.leadAdministration)).not.toContain(m.administration);
    const all = await similar(first.id, { round: m.roundId, scope: 'all', limit: '2' });
    expect(all).toHaveLength(2);
    expect(all.map((p) => p.id).sort()).toEqual([second.id, sameAdministration.id].sort());
    expect(all.map((p) => p.id)).not.toContain(first.id);
  });

  it('lists nothing for a proposal whose words no other proposal shares', async () => {
    const m = await givenMunicipality(t.access);
    const word = () => `zq${randomUUID().replace(/[^a-f]/g, '')}`;
    const alone = await create(
      fullProposal(m, {
        title: word(),
        summary: word(),
        description: word(),
        economyNarrative: '',
        implementationNarrative: '',
        riskNarrative: '',
        adminEfficiency: '',
        economy: { priceLevelYear: null, years: [], rows: [] },
        followUpGoals: [],
        risks: [],
      }),
    );
    expect(await similar(alone.id, { scope: 'all' })).toEqual([]);
  });

  it('answers 404 for an unknown proposal and 400 naming a bad parameter', async () => {
    expectProblem(await t.api(`/api/proposals/${randomUUID()}/similar`), 404, 'NotFound');
    expectProblem(await t.api('/api/proposals/BC01/similar'), 400, 'ValidationError', 'id');
    const { first } = await givenOverlap();
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=21', 'limit'],
      ['?scope=mine', 'scope'],
      ['?round=', 'round'],
    ] as const) {
      const response = await t.api(`/api/proposals/${first.id}/similar${query}`);
      expectProblem(response, 400, 'ValidationError', field);
    }
  });
});
