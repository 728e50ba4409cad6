import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalSummary } from '../../shared/api-schemas.ts';
import { searchResult } from '../../shared/search-schemas.ts';
import {
  proposalOutput,
  type ProposalContentInput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';
import { economicRows, futureInvestments } from '../db/schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality, unique, type Municipality } from '../test/factories.ts';
import { signedInAs } from '../test/users.ts';
import { fieldName } from '../../shared/field-labels.ts';

describe.each(testDatabases())('proposals on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  async function create(input: ProposalContentInput): Promise<ProposalOutput> {
    const response = await t.api({ method: 'POST', url: '/api/proposals', payload: input });
    expect(response.statusCode, response.body).toBe(201);
    return proposalOutput.parse(response.json());
  }

  async function save(id: string, version: number, input: ProposalContentInput) {
    return t.api({
      method: 'PUT',
      url: `/api/proposals/${id}`,
      payload: { ...input, version },
    });
  }

  async function read(url: string) {
    const response = await t.api({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function list(query: string): Promise<ProposalSummary[]> {
    return (await read(`/api/proposals?${query}`)).items;
  }

  describe('create and read', () => {
    it('answers 201 with a draft at version 1 that reads back exactly as written', async () => {
      const m = await givenMunicipality(t.access);
      const input = fullProposal(m);
      const created = await create(input);

      expect(created).toMatchObject({ version: 1, status: 'draft', title: input.title });
      expect(created.economy.rows.map((row) => row.values)).toEqual([
        [0, -1200.5, -2400],
        [null, 100, 100],
        [1500.001, 500],
        [250, null, null],
      ]);
      expect(created.futureInvestment?.expectedCost).toEqual({ min: 2000, max: 3000 });
      expect(created.stated?.totals[0]?.values).toEqual([1750, -600.5]);
      expect(created.hearings).toEqual(input.hearings);
      expect(await read(`/api/proposals/${created.id}`)).toEqual(created);
    });

    it('stores Tabel 1 as rows of whole kroner, keeping empty cells empty', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));
      const rows = await t.access.db
        .select()
        .from(economicRows)
        .where(eq(economicRows.proposalId, created.id))
        .orderBy(asc(economicRows.position));
      expect(rows.map((row) => row.values)).toEqual([
        [0, -1_200_500, -2_400_000],
        [null, 100_000, 100_000],
        [1_500_001, 500_000],
        [250_000, null, null],
      ]);
    });

    it('fills what a new draft leaves out with empty values', async () => {
      const created = await create({ title: 'Kun en titel', kind: 'foranalyse' });
      expect(created).toMatchObject({
        code: null,
        leadAdministration: null,
        affectedAdministrations: [],
        economy: { priceLevelYear: null, years: [], rows: [] },
        futureInvestment: null,
        financeApproval: { approved: null, date: null, note: '' },
      });
    });

    it('accepts an origin that is an existing proposal', async () => {
      const m = await givenMunicipality(t.access);
      const origin = await create(fullProposal(m, { kind: 'innovationsforslag' }));
      const grown = await create(fullProposal(m, { originProposalId: origin.id }));
      expect(grown.originProposalId).toBe(origin.id);
    });
  });

  describe('references to what does not exist', () => {
    it.each([
      ['leadAdministration', { leadAdministration: 'XYZ' }, "ukendt forvaltning 'XYZ'"],
      ['committee', { committee: 'NOPE' }, "ukendt udvalg 'NOPE'"],
      ['roundId', { roundId: 'ofs-1999' }, "ukendt runde 'ofs-1999'"],
      [
        'originProposalId',
        { originProposalId: '00000000-0000-4000-8000-000000000000' },
        "ukendt forslag '00000000-0000-4000-8000-000000000000'",
      ],
    ] as const)('answers 400 naming %s', async (field, override, message) => {
      const m = await givenMunicipality(t.access);
      const response = await t.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m, override),
      });
      const body = expectProblem(response, 400, 'ValidationError', field);
      expect(body.message).toBe(`${fieldName(field, 'da')}: ${message}`);
    });

    it('names the position of an unknown affected forvaltning', async () => {
      const m = await givenMunicipality(t.access);
      const response = await t.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m, { affectedAdministrations: [m.administration, 'QQQ'] }),
      });
      expectProblem(response, 400, 'ValidationError', 'affectedAdministrations.1');
    });

    it('refuses a proposal that names itself as its origin', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));
      const response = await save(created.id, 1, fullProposal(m, { originProposalId: created.id }));
      expectProblem(response, 400, 'ValidationError', 'originProposalId');
    });

    it('stores nothing when a reference is unknown', async () => {
      const m = await givenMunicipality(t.access);
      await t.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m, { committee: 'NOPE' }),
      });
      expect(await list(`administration=${m.administration}`)).toEqual([]);
    });
  });

  describe('save', () => {
    it('answers with the next version and replaces every part of the proposal', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));
      const changed = fullProposal(m, {
        title: 'Ny titel',
        economy: {
          priceLevelYear: 2027,
          years: [2027, 2028],
          rows: [{ label: 'Løn', section: 'implementation', area: 'service', values: [10, 20] }],
        },
        futureInvestment: null,
        risks: [],
        hearings: [{ body: 'Økonomikredsen', heard: null, date: null, answer: '' }],
      });

      const response = await save(created.id, 1, changed);
      expect(response.statusCode, response.body).toBe(200);
      const saved = proposalOutput.parse(response.json());
      expect(saved).toMatchObject({ id: created.id, version: 2, title: 'Ny titel' });
      expect(saved.createdAt).toBe(created.createdAt);
      expect(await read(`/api/proposals/${created.id}`)).toEqual(saved);
      expect(saved.economy.rows).toEqual(changed.economy?.rows);
      expect(saved.risks).toEqual([]);
      const tabel2 = await t.access.db
        .select()
        .from(futureInvestments)
        .where(eq(futureInvestments.proposalId, created.id));
      expect(tabel2).toEqual([]);
    });

    it('keeps what a save did not change, and finds by the words a save did change', async () => {
      const m = await givenMunicipality(t.access);
      const [before, after] = [unique('kvantelicens'), unique('kvanteservice')];
      const row = (label: string, values: number[]) => ({
        label,
        section: 'implementation' as const,
        area: 'service' as const,
        values,
      });
      const input = fullProposal(m, {
        economy: { priceLevelYear: 2026, years: [2026, 2027], rows: [row(before, [10, 20])] },
      });
      const created = await create(input);
      const found = async (word: string) =>
        searchResult.parse(await read(`/api/search?q=${word}`)).hits.map((hit) => hit.id);

      const figure = fullProposal(m, {
        ...input,
        economy: { ...input.economy!, rows: [row(before, [10, 30])] },
      });
      expect((await save(created.id, 1, figure)).statusCode).toBe(200);
      expect(await read(`/api/proposals/${created.id}`)).toMatchObject({
        version: 2,
        economy: { rows: [{ values: [10, 30] }] },
        risks: input.risks,
        followUpGoals: input.followUpGoals,
        hearings: input.hearings,
      });
      expect(await found(before)).toEqual([created.id]);

      const label = fullProposal(m, {
        ...input,
        economy: { ...input.economy!, rows: [row(after, [10, 30])] },
      });
      expect((await save(created.id, 2, label)).statusCode).toBe(200);
      expect(await found(after)).toEqual([created.id]);
      expect(await found(before)).toEqual([]);
    });

    it('answers 409 with the current version to the second of two saves from one version, keeping the first', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));

      const first = await save(created.id, 1, fullProposal(m, { title: 'Annes udgave' }));
      expect(first.statusCode, first.body).toBe(200);
      const second = await save(created.id, 1, fullProposal(m, { title: 'Bents udgave' }));

      const body = expectProblem(second, 409, 'Conflict');
      expect(body.currentVersion).toBe(2);
      expect(body.message).toMatch(/ændret af en anden.*Genindlæs/s);
      expect(await read(`/api/proposals/${created.id}`)).toMatchObject({
        version: 2,
        title: 'Annes udgave',
      });
      expect((await read(`/api/proposals/${created.id}/versions`)).items).toHaveLength(2);
    });

    it('lets exactly one of two simultaneous saves from one version win', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));

      const answers = await Promise.all(
        ['Anne', 'Bent', 'Carl'].map((who) =>
          save(created.id, 1, fullProposal(m, { title: `${who}s udgave` })),
        ),
      );

      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses).toEqual([200, 409, 409]);
      const winner = answers.find((answer) => answer.statusCode === 200)?.json();
      expect(await read(`/api/proposals/${created.id}`)).toEqual(winner);
    });

    it('answers 409 to a save from a version the proposal never had', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));
      const body = expectProblem(await save(created.id, 7, fullProposal(m)), 409, 'Conflict');
      expect(body.currentVersion).toBe(1);
    });

    it('answers 404 to a save of a proposal that does not exist', async () => {
      const m = await givenMunicipality(t.access);
      const response = await save('00000000-0000-4000-8000-000000000000', 1, fullProposal(m));
      expectProblem(response, 404, 'NotFound');
    });
  });

  describe('versions', () => {
    it('lists every saved version, oldest first, and reads each as it was saved', async () => {
      const m = await givenMunicipality(t.access);
      const first = fullProposal(m, { title: 'Første udkast' });
      const created = await create(first);
      const v2 = proposalOutput.parse(
        (await save(created.id, 1, fullProposal(m, { title: 'Andet udkast', risks: [] }))).json(),
      );
      const v3 = proposalOutput.parse(
        (await save(created.id, 2, fullProposal(m, { title: 'Tredje udkast' }))).json(),
      );

      const versions = (await read(`/api/proposals/${created.id}/versions`)).items;
      expect(versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual(
        [
          [1, 'Første udkast'],
          [2, 'Andet udkast'],
          [3, 'Tredje udkast'],
        ],
      );
      expect(versions[2].savedAt).toBe(v3.updatedAt);

      expect(await read(`/api/proposals/${created.id}/versions/1`)).toEqual(created);
      expect(await read(`/api/proposals/${created.id}/versions/2`)).toEqual(v2);
      expect(await read(`/api/proposals/${created.id}/versions/3`)).toEqual(v3);
    });

    it('answers 404 to a version that was never saved and to an unknown proposal', async () => {
      const m = await givenMunicipality(t.access);
      const created = await create(fullProposal(m));
      expectProblem(await t.api(`/api/proposals/${created.id}/versions/2`), 404, 'NotFound');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expectProblem(await t.api(`/api/proposals/${unknown}/versions`), 404, 'NotFound');
      expectProblem(await t.api(`/api/proposals/${unknown}/versions/1`), 404, 'NotFound');
    });
  });

  describe('list', () => {
    let m: Municipality;
    let series: string;
    let byCode: Record<string, ProposalOutput>;
    const codes = (items: ProposalSummary[]) => items.map((item) => item.code);

    beforeAll(async () => {
      m = await givenMunicipality(t.access);
      series = unique('S');
      const implementation = (kroner: number) => ({
        priceLevelYear: 2026,
        years: [2026, 2027],
        rows: [
          {
            label: 'Løn',
            section: 'implementation' as const,
            area: 'service' as const,
            values: [kroner, 0.5],
          },
          {
            label: 'Gevinst',
            section: 'lasting' as const,
            area: 'service' as const,
            values: [-99],
          },
        ],
      });
      byCode = {};
      for (const [suffix, title, kind, amount] of [
        ['10', 'Æblehaven', 'investeringsforslag', 300],
        ['2', 'Zoneterapi', 'innovationsforslag', 100],
        ['1', 'Aftaler', 'investeringsforslag', 200],
      ] as const) {
        const code = `${series}-${suffix}`;
        byCode[suffix] = await create(
          fullProposal(m, { code, title, kind, economy: implementation(amount) }),
        );
      }
      // Same administration, other round: only the round filter tells them apart.
      const otherRound = unique('b-');
      await t.access.reference.insertMissing({
        administrations: [],
        committees: [],
        rounds: [{ id: otherRound, name: 'B2027', kind: 'budget', year: 2027 }],
        hearingBodies: [],
        submissionRules: [],
        pools: [],
      });
      byCode.other = await create(
        fullProposal(m, { code: `${series}-3`, title: 'Budget', roundId: otherRound }),
      );
      byCode.none = await create(fullProposal(m, { code: null, title: 'Uden kode' }));
    });

    it('summarises each proposal with its implementation total in thousands', async () => {
      const items = await list(`administration=${m.administration}&round=${m.roundId}`);
      const one = items.find((item) => item.id === byCode['1']?.id);
      expect(one).toEqual({
        id: byCode['1']?.id,
        code: byCode['1']?.code,
        title: 'Aftaler',
        kind: 'investeringsforslag',
        status: 'draft',
        leadAdministration: m.administration,
        committee: m.committee,
        roundId: m.roundId,
        priceLevelYear: 2026,
        totalImplementation: 200.5,
        updatedAt: byCode['1']?.updatedAt,
        version: 1,
      });
    });

    it('filters by lead forvaltning, kind and round', async () => {
      const all = await list(`administration=${m.administration}`);
      expect(all).toHaveLength(5);
      const innovation = await list(`administration=${m.administration}&kind=innovationsforslag`);
      expect(innovation.map((item) => item.id)).toEqual([byCode['2']?.id]);
      const round = await list(`round=${m.roundId}&administration=${m.administration}`);
      expect(round.map((item) => item.id)).not.toContain(byCode.other?.id);
      expect(round).toHaveLength(4);
      expect(await list(`administration=${m.otherAdministration}`)).toEqual([]);
    });

    it('sorts codes as numbers within text, with proposals without a code last', async () => {
      const asc = await list(`administration=${m.administration}&sort=code`);
      expect(codes(asc).slice(0, 4)).toEqual(['1', '2', '3', '10'].map((n) => `${series}-${n}`));
      expect(codes(asc)[4]).toBeNull();
      const desc = await list(`administration=${m.administration}&sort=code&order=desc`);
      expect(codes(desc).slice(0, 4)).toEqual(codes(asc).slice(0, 4).reverse());
      expect(codes(desc)[4]).toBeNull();
    });

    it('sorts titles in Danish order, æ after z', async () => {
      const items = await list(`administration=${m.administration}&round=${m.roundId}&sort=title`);
      expect(items.map((item) => item.title)).toEqual([
        'Aftaler',
        'Uden kode',
        'Zoneterapi',
        'Æblehaven',
      ]);
    });

    it('pages in a stable order, each page with the total of all pages', async () => {
      const whole = await read(`/api/proposals?administration=${m.administration}&sort=title`);
      expect(whole).toMatchObject({ total: 5, limit: 50, offset: 0 });
      const pages = [];
      for (const offset of [0, 2, 4]) {
        const page = await read(
          `/api/proposals?administration=${m.administration}&sort=title&limit=2&offset=${offset}`,
        );
        expect(page).toMatchObject({ total: 5, limit: 2, offset });
        pages.push(...(page.items as ProposalSummary[]));
      }
      expect(pages.map((item) => item.id)).toEqual(
        (whole.items as ProposalSummary[]).map((item) => item.id),
      );
    });

    it('answers 400 naming limit to a page larger than the largest', async () => {
      expectProblem(await t.api('/api/proposals?limit=201'), 400, 'ValidationError', 'limit');
      expectProblem(await t.api('/api/proposals?offset=-1'), 400, 'ValidationError', 'offset');
    });

    it('sorts titles as Intl.Collator does in Danish, numbers by value', async () => {
      const other = await givenMunicipality(t.access);
      const titles = [
        'Åben data',
        'Aarhus-modellen',
        'Æblehaven 2',
        'Æblehaven 10',
        'Ørestad',
        'Øko-mad',
        'Über-løsning',
        'Yngre borgere',
        'Élan',
        'edb',
        'Zoneterapi',
        'BC 01 plan',
        'BC 2 plan',
        'a b',
        'ab',
      ];
      for (const title of titles) {
        await create(fullProposal(other, { title, code: null }));
      }
      const danish = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
      const items = await list(`administration=${other.administration}&sort=title`);
      expect(items.map((item) => item.title)).toEqual([...titles].sort(danish.compare));
    });

    it('sorts by implementation total and by last change', async () => {
      const byAmount = await list(
        `administration=${m.administration}&round=${m.roundId}&kind=investeringsforslag&sort=amount&order=desc`,
      );
      expect(byAmount.map((item) => item.totalImplementation)).toEqual([2250.001, 300.5, 200.5]);

      const target = byCode['2'];
      if (!target) throw new Error('missing fixture');
      const saved = await save(
        target.id,
        target.version,
        fullProposal(m, {
          code: target.code,
          title: target.title,
          kind: target.kind,
        }),
      );
      expect(saved.statusCode).toBe(200);
      byCode['2'] = proposalOutput.parse(saved.json());
      const recent = await list(`administration=${m.administration}&sort=updatedAt&order=desc`);
      expect(recent[0]?.id).toBe(target.id);
      expect(recent[0]?.version).toBe(2);
    });
  });
  describe('rule breaches for the list', () => {
    it('names the proposals whose figures break a blocking rule, not those only unfinished, and only what the user may read', async () => {
      const m = await givenMunicipality(t.access);
      const broken = await create(
        fullProposal(m, { economy: { priceLevelYear: 2026, years: [2026, 2028], rows: [] } }),
      );
      const unfinished = await create({
        title: 'Kun en titel',
        kind: 'foranalyse',
        leadAdministration: m.administration,
      });
      const ids = [broken.id, unfinished.id, randomUUID()].join(',');
      expect((await read(`/api/proposals/rule-breaches?ids=${ids}`)).items).toEqual([
        { id: broken.id, rules: ['years-not-contiguous'] },
      ]);
      // Another forvaltning's author may not read the draft, so hears nothing of it.
      const other = await signedInAs(t, [
        { role: 'author', administration: m.otherAdministration },
      ]);
      const answer = await other(`/api/proposals/rule-breaches?ids=${ids}`);
      expect(answer.statusCode).toBe(200);
      expect(answer.json().items).toEqual([]);
    });

    it('refuses a question without proposals, with a malformed id or with too many, naming ids', async () => {
      const many = Array.from({ length: 101 }, () => randomUUID()).join(',');
      for (const query of ['ids=', 'ids=ikke-et-id', `ids=${many}`]) {
        const response = await t.api(`/api/proposals/rule-breaches?${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().issues[0].field, query).toMatch(/^ids/);
      }
    });
  });

  describe('creating', () => {
    it('tells a reader their role creates no proposals, and an author that it is their own forvaltning', async () => {
      const m = await givenMunicipality(t.access);
      const reader = await signedInAs(t, [{ role: 'reader', administration: null }]);
      const author = await signedInAs(t, [
        { role: 'author', administration: m.otherAdministration },
      ]);
      const create = (who: typeof reader) =>
        who({ method: 'POST', url: '/api/proposals', payload: fullProposal(m) });
      const refusedReader = expectProblem(await create(reader), 403, 'Forbidden');
      expect(refusedReader.message).toContain('Din rolle kan ikke oprette forslag');
      expect(refusedReader.message).not.toContain('egen forvaltning');
      const refusedAuthor = expectProblem(await create(author), 403, 'Forbidden');
      expect(refusedAuthor.message).toBe('Du kan kun oprette forslag for din egen forvaltning.');
    });
  });
});
