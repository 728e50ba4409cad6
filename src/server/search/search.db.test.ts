import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { searchResult, type SearchResult } from '../../shared/search-schemas.ts';
import { bc01AiTolk } from '../demo/proposals/bc01-ai-tolk.ts';
import { bc39VisitationMentalSundhed } from '../demo/proposals/bc39-visitation-mental-sundhed.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { moveProposal, postProposal } from '../test/proposals.ts';
import { rareWord } from '../test/words.ts';
import {
  asNewDraft,
  fullProposal,
  givenMunicipality,
  unique,
  type Municipality,
} from '../test/factories.ts';

describe.each(testDatabases())('search on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  const create = (input: ProposalContentInput) => postProposal(t.api, input);

  async function search(query: Record<string, string>): Promise<SearchResult> {
    const response = await t.api({
      method: 'GET',
      url: `/api/search?${new URLSearchParams(query).toString()}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return searchResult.parse(response.json());
  }

  /** A demo proposal moved into this test's own municipality and round, as a new draft. */
  const demo = (m: Municipality, proposal: ProposalContentInput): ProposalContentInput => ({
    ...asNewDraft(proposal),
    code: unique('BC'),
    leadAdministration: m.administration,
    affectedAdministrations: [],
    committee: m.committee,
    roundId: m.roundId,
    originProposalId: null,
  });

  const matched = (hit: SearchResult['hits'][number]) =>
    hit.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase());

  describe('Danish word forms', () => {
    it('finds the AI-tolk demo proposal by "tolket", a form its text never uses', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(demo(m, bc01AiTolk));
      const found = await search({ q: 'tolket', round: m.roundId });
      expect(found.hits.map((hit) => hit.id)).toEqual([created.id]);
      expect(found.hits[0]).toMatchObject({ code: created.code, title: created.title });
    });

    it('finds "borgeren" and "borgere" by "borgerne" and highlights them in the snippet', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(demo(m, bc39VisitationMentalSundhed));
      const found = await search({ q: 'borgerne', round: m.roundId });
      expect(found.hits.map((hit) => hit.id)).toEqual([created.id]);
      const words = matched(found.hits[0]!);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word).toMatch(/^borger/);
      expect(words.some((word) => word !== 'borgerne')).toBe(true);
    });

    it('finds nothing for a query of stop words only, instead of failing', async () => {
      const m = await givenMunicipality(t.access);
      await create(demo(m, bc01AiTolk));
      const found = await search({ q: 'og i på', round: m.roundId });
      expect(found).toMatchObject({ total: 0, hits: [] });
    });
  });

  describe('ranking', () => {
    it('ranks one word as ts_rank_cd normalised by the length, several by the sum of each', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(demo(m, bc39VisitationMentalSundhed));
      const rankOf = async (q: string) =>
        (await search({ q, round: m.roundId })).hits.find((hit) => hit.id === created.id)!.rank;
      const tsRankCd = async (q: string) => {
        const result = await t.access.db.execute(sql`
          select ts_rank_cd('{0.05, 0.1, 0.4, 1.0}', document, websearch_to_tsquery('danish', ${q}), 1)
            as rank
          from proposal_search where proposal_id = ${created.id}::uuid`);
        return Number((result as unknown as { rows: { rank: number }[] }).rows[0]!.rank);
      };
      const [visitation, citizens] = [await tsRankCd('visitationen'), await tsRankCd('borgerne')];
      expect(visitation).toBeGreaterThan(0);
      expect(await rankOf('visitationen')).toBeCloseTo(visitation, 5);
      expect(await rankOf('visitationen borgerne')).toBeCloseTo(visitation + citizens, 5);
      expect(await rankOf('"visitationen"')).toBeCloseTo(visitation, 5);
    });

    it('puts a proposal with the word in its title above one with it twice in the body', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      const inBody = await create(
        fullProposal(m, {
          title: 'Fælles booking',
          description: `Vi vil samle ${word} ét sted. Alt om ${word} bliver nemmere.`,
        }),
      );
      const inTitle = await create(fullProposal(m, { title: `Bedre ${word}` }));
      const found = await search({ q: word });
      expect(found.hits.map((hit) => hit.id)).toEqual([inTitle.id, inBody.id]);
      expect(found.hits[0]!.rank).toBeGreaterThan(found.hits[1]!.rank);
      expect(found.hits[0]!.titleParts).toEqual([
        { text: 'Bedre ', match: false },
        { text: word, match: true },
      ]);
      expect(found.hits[1]!.titleParts).toEqual([{ text: 'Fælles booking', match: false }]);
    });

    it('finds words in Tabel 1 labels, Tabel 3 goals and risks', async () => {
      const m = await givenMunicipality(t.access);
      const [label, goal, risk] = [rareWord(), rareWord(), rareWord()];
      const base = fullProposal(m);
      const created = await create({
        ...base,
        economy: {
          ...base.economy,
          rows: [
            { label: `Licens til ${label}`, section: 'lasting', area: 'service', values: [1] },
          ],
        },
        followUpGoals: [
          { group: 'efficiency', goal: `Mål ${goal}`, measure: '', responsible: '', when: '' },
        ],
        risks: [{ name: `Risiko ${risk}`, level: 'lav', mitigation: '' }],
      });
      for (const word of [label, goal, risk]) {
        expect((await search({ q: word })).hits.map((hit) => hit.id)).toEqual([created.id]);
      }
    });
  });

  describe('saving keeps the search current', () => {
    it('finds a proposal by its new title after a save and no longer by the old one', async () => {
      const m = await givenMunicipality(t.access);
      const [before, after] = [rareWord(), rareWord()];
      const input = fullProposal(m, { title: `Projekt ${before}` });
      const created = await create(input);
      const saved = await t.api({
        method: 'PUT',
        url: `/api/proposals/${created.id}`,
        payload: { ...input, title: `Projekt ${after}`, version: created.version },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await search({ q: before })).total).toBe(0);
      expect((await search({ q: after })).hits.map((hit) => hit.id)).toEqual([created.id]);
    });
    it('follows a step in the workflow and a round, which leave the text as it was', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      const created = await create(fullProposal(m, { description: `Om ${word}.` }));
      const stored = (await t.access.proposals.find(created.id))!;
      const other = (await givenMunicipality(t.access)).roundId;
      await moveProposal(t.access, stored, { ...stored.content, roundId: other }, 'submitted');
      for (const q of [word, `${word} or ${word}`]) {
        expect((await search({ q, status: 'draft' })).total).toBe(0);
        const found = await search({ q, status: 'submitted', round: other });
        expect(found.hits.map((hit) => hit.id)).toEqual([created.id]);
        expect(found.facets.status).toEqual([{ value: 'submitted', count: 1 }]);
      }
    });
  });

  describe('one word and several', () => {
    it('rank and page a word alone as they rank the same word asked as "word or word"', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      // Three proposals in which the word weighs differently, and two in which it ties.
      await create(fullProposal(m, { title: `Om ${word}` }));
      await create(fullProposal(m, { summary: `Om ${word}.` }));
      await create(fullProposal(m, { description: `Om ${word} og ${word}.` }));
      await create(fullProposal(m, { title: 'Cykler', description: `Om ${word}.` }));
      await create(fullProposal(m, { title: 'Bænke', description: `Om ${word}.` }));
      const ranked = (found: SearchResult) => found.hits.map((hit) => [hit.id, hit.rank]);
      const pages: Record<string, string>[] = [
        {},
        { limit: '2', offset: '1' },
        { limit: '2', offset: '4' },
      ];
      for (const page of pages) {
        const alone = await search({ q: word, ...page });
        const asked = await search({ q: `${word} or ${word}`, ...page });
        expect(ranked(asked)).toEqual(ranked(alone));
        expect(asked.total).toBe(5);
        expect(alone.total).toBe(5);
      }
      const all = await search({ q: word });
      // Equal ranks in a stable order, by id.
      expect(all.hits[3]!.rank).toBe(all.hits[4]!.rank);
      expect(all.hits[3]!.id < all.hits[4]!.id).toBe(true);
      expect(all.hits[0]!.rank).toBeGreaterThan(all.hits[1]!.rank);
    });
  });

  describe('filters and facets', () => {
    async function givenThree() {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      const text = { description: `Om ${word}.` };
      await create(fullProposal(m, { ...text, kind: 'investeringsforslag' }));
      await create(fullProposal(m, { ...text, kind: 'foranalyse' }));
      await create(
        fullProposal(m, {
          ...text,
          kind: 'investeringsforslag',
          leadAdministration: m.otherAdministration,
          affectedAdministrations: [],
        }),
      );
      return { m, word };
    }

    it('counts the hits per kind, forvaltning, round and status', async () => {
      const { m, word } = await givenThree();
      const found = await search({ q: word });
      expect(found.total).toBe(3);
      expect(found.facets.kind).toEqual([
        { value: 'investeringsforslag', count: 2 },
        { value: 'foranalyse', count: 1 },
      ]);
      expect(found.facets.administration).toEqual([
        { value: m.administration, count: 2 },
        { value: m.otherAdministration, count: 1 },
      ]);
      expect(found.facets.round).toEqual([{ value: m.roundId, count: 3 }]);
      expect(found.facets.status).toEqual([{ value: 'draft', count: 3 }]);
    });

    it('filters by kind and forvaltning; each facet still counts the values of its own filter', async () => {
      const { m, word } = await givenThree();
      const found = await search({
        q: word,
        kind: 'investeringsforslag',
        administration: m.administration,
      });
      expect(found.total).toBe(1);
      expect(found.hits).toHaveLength(1);
      expect(found.hits[0]).toMatchObject({
        kind: 'investeringsforslag',
        leadAdministration: m.administration,
      });
      // Other kinds of this forvaltning, and this kind in other forvaltninger.
      expect(found.facets.kind).toEqual([
        { value: 'foranalyse', count: 1 },
        { value: 'investeringsforslag', count: 1 },
      ]);
      expect(found.facets.administration).toEqual([
        { value: m.administration, count: 1 },
        { value: m.otherAdministration, count: 1 },
      ]);
      expect(found.facets.status).toEqual([{ value: 'draft', count: 1 }]);
    });

    it('filters by round and status', async () => {
      const { m, word } = await givenThree();
      expect((await search({ q: word, round: m.roundId, status: 'draft' })).total).toBe(3);
      expect((await search({ q: word, round: unique('ofs-') })).total).toBe(0);
      const granted = await search({ q: word, status: 'granted' });
      expect(granted).toMatchObject({ total: 0, hits: [] });
      expect(granted.facets.status).toEqual([{ value: 'draft', count: 3 }]);
    });

    it('pages with limit and offset, keeping the total', async () => {
      const { word } = await givenThree();
      const first = await search({ q: word, limit: '2' });
      const second = await search({ q: word, limit: '2', offset: '2' });
      expect(first.total).toBe(3);
      expect(first.hits).toHaveLength(2);
      expect(second.hits).toHaveLength(1);
      const ids = [...first.hits, ...second.hits].map((hit) => hit.id);
      expect(new Set(ids).size).toBe(3);
    });
  });

  describe('snippets', () => {
    it('returns marker characters in the text as plain text and drops markup, never as highlights', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      await create(
        fullProposal(m, {
          description: `<b>${word}</b> og <script>alert(1)</script> og \u0002falsk\u0003 fremhævning.`,
        }),
      );
      const [hit] = (await search({ q: word })).hits;
      expect(matched(hit!)).toEqual([word]);
      const text = hit!.snippet.map((part) => part.text).join('');
      // PostgreSQL's parser reads tags as tags, and ts_headline leaves them out.
      expect(text).toMatch(new RegExp(`${word}\\s+og\\s+alert\\(1\\)\\s+og falsk fremhævning`));
      for (const left of ['<', '>', '\u0002', '\u0003']) expect(text).not.toContain(left);
    });

    // A description of hundreds of words, the word placed in it as asked.
    const longDescription = (early: string, late: string) =>
      `Indledning om ${early} i projektet. ${'Vi beskriver arbejdet grundigt her. '.repeat(80)}` +
      `Til sidst nævnes ${late} igen.`;

    it('shows a passage around each place the word stands, in order', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      await create(fullProposal(m, { description: longDescription(word, word) }));
      const [hit] = (await search({ q: word })).hits;
      expect(matched(hit!)).toEqual([word, word]);
      const [first, second] = hit!.snippet
        .map((part) => part.text)
        .join('')
        .split(' … ');
      expect(first).toContain(`Indledning om ${word}`);
      expect(second).toContain(`Til sidst nævnes ${word}`);
    });

    it('finds and marks a word that is only far into a long text', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      await create(fullProposal(m, { description: longDescription('planen', word) }));
      const [hit] = (await search({ q: word })).hits;
      expect(matched(hit!)).toEqual([word]);
      expect(hit!.snippet.map((part) => part.text).join('')).toContain(`Til sidst nævnes ${word}`);
    });
    it('marks the word when a word far before it begins as it does', async () => {
      const m = await givenMunicipality(t.access);
      const word = rareWord();
      // The window is cut around the first word beginning as the stem, here a longer word.
      await create(fullProposal(m, { description: longDescription(`${word}plads`, word) }));
      const [hit] = (await search({ q: word })).hits;
      expect(matched(hit!)).toEqual([word]);
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['', 'q'],
      ['q=', 'q'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['q=tolk&kind=forslag', 'kind'],
      ['q=tolk&status=godkendt', 'status'],
      ['q=tolk&limit=0', 'limit'],
      ['q=tolk&limit=101', 'limit'],
      ['q=tolk&limit=ti', 'limit'],
      ['q=tolk&offset=-1', 'offset'],
      ['q=tolk&administration=', 'administration'],
    ])('answers 400 naming the parameter for ?%s', async (query, field) => {
      const response = await t.api({ method: 'GET', url: `/api/search?${query}` });
      expectProblem(response, 400, 'ValidationError', field);
    });

    it('reads tsquery operators in the words as punctuation, not as syntax that fails', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(demo(m, bc01AiTolk));
      const found = await search({ q: `tolket & | ! ( ' :* <-> \\`, round: m.roundId });
      expect(found.hits.map((hit) => hit.id)).toEqual([created.id]);
    });
  });

  describe('OpenAPI', () => {
    it('documents both endpoints with their parameters', async () => {
      const doc = (await t.api('/api/openapi.json')).json();
      const params = (path: string) =>
        (doc.paths[path].get.parameters as { name: string }[]).map((p) => p.name);
      expect(params('/api/search')).toEqual(
        expect.arrayContaining([
          'q',
          'kind',
          'administration',
          'round',
          'status',
          'limit',
          'offset',
        ]),
      );
      expect(params('/api/proposals/{id}/similar')).toEqual(
        expect.arrayContaining(['id', 'limit', 'scope']),
      );
    });
  });
});
