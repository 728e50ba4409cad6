import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  seededRandom,
  syntheticDocument,
  syntheticProposal,
} from '../../import/synthetic-document.ts';
import { printHtmlToPdf, printToPdf } from '../../import/test-pdf.ts';
import { proposalsAsHtml } from '../../import/test-table-pdf.ts';
import { readSeed } from '../../import/test-seeds.ts';
import {
  importDetail,
  importedProposalOutput,
  type CorrectionsInput,
  type ImportDetail,
  importOutput,
  type ImportOutput,
} from '../../shared/import-schemas.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { createApp } from '../app.ts';
import { dataAccess } from '../data-access.ts';
import { services } from '../services.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { signedInAs, type Inject } from '../test/users.ts';
import { multipartUpload } from './test-upload.ts';

// The import API on the real database: upload, stepwise reading with progress in the database,
// review, acceptance, and every way an upload can be wrong answered with a 4xx that says why.

const SEED_002 = readSeed('002_');
/** Seed 002 with one stated subtotal that no longer adds up: -4.400 written as -4.500. */
const SEED_002_MISCOUNTED = SEED_002.replace(/(Service\s+0\s+)-4\.400(\s+-4\.450)/, '$1-4.500$2');

let seed002Printed: Promise<Uint8Array> | undefined;
/**
 * Seed 002 printed to PDF at 6 pt, once for every test on every database that reads it: each
 * print starts LibreOffice, seconds here and tens of seconds on the shared 2-core machine under
 * load, which is also why the tests that print get three minutes.
 */
const seed002Pdf = () => (seed002Printed ??= printToPdf(SEED_002, 6));

/** Three proposals whose Tabel 1 is a real table, as a word processor prints it (once). */
const tableProposals = () =>
  [5, 6, 16].map((seed) => syntheticProposal(seededRandom(seed), { layout: 'wide' }));
let tablesPrinted: Promise<Uint8Array> | undefined;
const tablesPdf = () => (tablesPrinted ??= printHtmlToPdf(proposalsAsHtml(tableProposals())));

describe.each(testDatabases())('import API on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target, { importLimitBytes: 2_000_000 });
    await t.access.reference.insertMissing({
      administrations: [
        { code: 'SOF', name: 'Socialforvaltningen' },
        { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
      ],
      committees: [],
      rounds: [],
      hearingBodies: [],
      submissionRules: [],
      pools: [],
    });
  });
  afterAll(() => t?.close());

  async function upload(fileName: string, content: Uint8Array | string, type?: string) {
    const { payload, headers } = multipartUpload(fileName, content, type);
    return t.api({ method: 'POST', url: '/api/imports', payload, headers });
  }

  async function started(fileName: string, content: Uint8Array | string): Promise<ImportOutput> {
    const response = await upload(fileName, content);
    expect(response.statusCode, response.body).toBe(201);
    return importOutput.parse(response.json());
  }

  async function step(id: string, inject: Inject = t.api): Promise<ImportOutput> {
    const response = await inject({ method: 'POST', url: `/api/imports/${id}/steps` });
    expect(response.statusCode, response.body).toBe(200);
    return importOutput.parse(response.json());
  }

  async function readAll(id: string): Promise<ImportOutput> {
    let progress = await step(id);
    for (let i = 0; progress.status === 'reading' && i < 50; i++) progress = await step(id);
    return progress;
  }

  /**
   * Reads a document and makes a draft of every proposal held as a possible copy: the database
   * may hold the same document from another test or an earlier run (PostgreSQL's is shared).
   */
  async function readAllAsDrafts(id: string): Promise<ImportDetail> {
    await readAll(id);
    const before = importDetail.parse(await get(`/api/imports/${id}`));
    for (const entry of before.proposals.filter((p) => p.state === 'held')) {
      const created = await t.api({
        method: 'POST',
        url: `/api/imports/${id}/proposals/${entry.position}/create`,
        payload: { createAnyway: true },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    return importDetail.parse(await get(`/api/imports/${id}`));
  }

  async function get(url: string) {
    const response = await t.api({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  describe('upload and reading', () => {
    it('answers 201 with the number of proposals found and none read yet', async () => {
      const created = await started('seed-002.txt', SEED_002);
      expect(created).toMatchObject({
        fileName: 'seed-002.txt',
        total: 3,
        done: 0,
        status: 'reading',
      });
    });

    it('reads every proposal in steps into drafts that the proposal API returns', async () => {
      const created = await started('seed-002.txt', SEED_002);
      const detail = await readAllAsDrafts(created.id);
      expect(detail).toMatchObject({ total: 3, done: 3, status: 'done' });

      expect(detail.proposals.map((p) => [p.position, p.code, p.kind])).toEqual([
        [0, 'UD/SI01', 'investeringsforslag'],
        [1, 'TV01', 'investeringsforslag'],
        [2, null, 'innovationsforslag'],
      ]);
      expect(detail.proposals.every((p) => !p.accepted)).toBe(true);
      for (const entry of detail.proposals) {
        expect(entry.state).toBe('draft');
        const proposal = proposalOutput.parse(await get(`/api/proposals/${entry.proposalId}`));
        expect(proposal.status).toBe('draft');
        expect(proposal.title).toBe(entry.title);
      }
      const first = proposalOutput.parse(
        await get(`/api/proposals/${detail.proposals[0]!.proposalId}`),
      );
      expect(first.leadAdministration).toBe('SOF');
      expect(first.economy.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
      expect(first.economy.rows.find((row) => row.label === '§ 85 vejledere')?.values).toEqual([
        null,
        null,
        7550,
        7550,
        7550,
        7550,
      ]);
    });

    it('reads a document of many proposals over several steps, each answering its progress', async () => {
      const { text, proposals } = syntheticDocument(seededRandom(5), 120 * 3600);
      const created = await started('many.txt', text);
      expect(created.total).toBe(proposals.length);
      const seen: number[] = [];
      let progress = created;
      while (progress.status === 'reading' && seen.length < 500) {
        progress = await step(created.id);
        seen.push(progress.done);
      }
      // A step stops after a quarter of a second, long before a hundred proposals are saved.
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)).toBe(proposals.length);
      expect(seen.every((done, i) => i === 0 || done > seen[i - 1]!)).toBe(true);
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.code)).toEqual(proposals.map((p) => p.code));
    }, 120_000);

    it('keeps progress in the database: a second app server over it finishes the import', async () => {
      const created = await started('seed-002.txt', SEED_002);
      const other = await createApp({ services: services(dataAccess(t.database)) });
      try {
        const otherApi = await signedInAs({ app: other, access: t.access });
        const progress = await readAll(created.id);
        expect(progress.status).toBe('done');
        const seen = importOutput.parse(
          (await otherApi({ method: 'GET', url: `/api/imports/${created.id}` })).json(),
        );
        expect(seen).toMatchObject({ done: 3, total: 3, status: 'done' });
        // A step asked of the other server once all is read changes nothing.
        expect(await step(created.id, otherApi)).toMatchObject({ done: 3 });
      } finally {
        await other.close();
      }
    });

    it('reads each proposal once when several steps are asked for at the same time', async () => {
      const created = await started('seed-002.txt', SEED_002);
      for (let round = 0; round < 10; round++) {
        const answers = await Promise.all([step(created.id), step(created.id), step(created.id)]);
        if (answers.some((answer) => answer.status === 'done')) break;
      }
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.position)).toEqual([0, 1, 2]);
      const drafts = detail.proposals.flatMap((p) => (p.proposalId === null ? [] : [p.proposalId]));
      expect(new Set(drafts).size).toBe(drafts.length);
      expect(detail.proposals.every((p) => p.state === 'draft' || p.state === 'held')).toBe(true);
    });

    it('reads a PDF into the same proposals as its text', async () => {
      const pdf = await seed002Pdf();
      const created = await started('seed-002.pdf', pdf);
      await readAll(created.id);
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.code)).toEqual(['UD/SI01', 'TV01', null]);
    }, 180_000);

    it('places the figures of a PDF of real tables by the columns they stand in', async () => {
      const proposals = tableProposals();
      const created = await started('tables.pdf', await tablesPdf());
      await readAll(created.id);
      for (const [position, want] of proposals.entries()) {
        const review = importedProposalOutput.parse(
          await get(`/api/imports/${created.id}/proposals/${position}`),
        );
        expect(review.proposal.economy.rows.map((row) => row.values)).toEqual(
          want.rows.map((row) => row.values),
        );
      }
    }, 180_000);

    it('holds a second import of the same document: nothing is created until the reviewer says', async () => {
      const first = await readAllAsDrafts((await started('again.txt', SEED_002)).id);
      const count = async () => (await t.access.proposals.list({})).length;
      const before = await count();
      const second = await started('again-2.txt', SEED_002);
      await readAll(second.id);
      expect(await count()).toBe(before);

      const detail = importDetail.parse(await get(`/api/imports/${second.id}`));
      expect(detail.proposals.map((p) => [p.code, p.state, p.proposalId])).toEqual([
        ['UD/SI01', 'held', null],
        ['TV01', 'held', null],
        [null, 'held', null],
      ]);
      const review = importedProposalOutput.parse(
        await get(`/api/imports/${second.id}/proposals/0`),
      );
      expect(review).toMatchObject({ state: 'held', proposalId: null, accepted: false });
      expect(review.proposal.code).toBe('UD/SI01');
      expect(review.duplicates).toContainEqual({
        id: first.proposals[0]!.proposalId,
        code: 'UD/SI01',
        title: first.proposals[0]!.title,
        reason: 'same-code',
      });
      // The third has no code: its near-identical title in the same forvaltning finds it.
      const third = importedProposalOutput.parse(
        await get(`/api/imports/${second.id}/proposals/2`),
      );
      expect(third.duplicates).toContainEqual(
        expect.objectContaining({ id: first.proposals[2]!.proposalId, reason: 'same-title' }),
      );

      const url = (position: number, verb: string) =>
        `/api/imports/${second.id}/proposals/${position}/${verb}`;
      // Neither accepting nor creating makes the copy without being told to.
      for (const refused of [
        await t.api({ method: 'POST', url: url(0, 'accept') }),
        await t.api({ method: 'POST', url: url(0, 'create') }),
        await t.api({ method: 'POST', url: url(0, 'create'), payload: { createAnyway: false } }),
      ]) {
        const body = expectProblem(refused, 409, 'Conflict', 'createAnyway');
        expect(body.message).toContain('UD/SI01');
      }
      expect(await count()).toBe(before);

      const skipped = await t.api({ method: 'POST', url: url(1, 'skip') });
      expect(skipped.statusCode, skipped.body).toBe(200);
      const created = await t.api({
        method: 'POST',
        url: url(0, 'create'),
        payload: { createAnyway: true },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { proposalId } = created.json();
      expect(await count()).toBe(before + 1);
      const copy = proposalOutput.parse(await get(`/api/proposals/${proposalId}`));
      expect(copy).toMatchObject({ code: 'UD/SI01', status: 'draft' });

      const after = importDetail.parse(await get(`/api/imports/${second.id}`));
      expect(after.proposals.map((p) => p.state)).toEqual(['draft', 'skipped', 'held']);
      expect(after.proposals[0]).toMatchObject({ proposalId, accepted: false });
      // Created twice answers the same draft; a draft cannot be skipped.
      const again = await t.api({ method: 'POST', url: url(0, 'create') });
      expect(again.json()).toEqual({ proposalId });
      expectProblem(
        await t.api({ method: 'POST', url: url(0, 'skip') }),
        400,
        'ValidationError',
        'position',
      );
      const accepted = await t.api({ method: 'POST', url: url(0, 'accept') });
      expect(accepted.statusCode, accepted.body).toBe(200);
    }, 60_000);

    it('holds a proposal sent in again in a later round under its code there: same forvaltning, same title', async () => {
      await readAllAsDrafts((await started('renamed.txt', SEED_002)).id);
      const renamed = SEED_002.replaceAll('TV01', 'TV77').replaceAll(
        'Overførselssagen 2024-2025',
        'Overførselssagen 2025-2026',
      );
      const second = await started('renamed-2.txt', renamed);
      await readAll(second.id);
      const review = importedProposalOutput.parse(
        await get(`/api/imports/${second.id}/proposals/1`),
      );
      expect(review.proposal.code).toBe('TV77');
      expect(review.state).toBe('held');
      expect(review.duplicates.map((d) => d.reason)).toContain('same-title');
    }, 60_000);

    it("creates a held proposal with the reviewer's corrections, kept with the import", async () => {
      await readAllAsDrafts((await started('again-corrected.txt', SEED_002)).id);
      const second = await started('again-corrected-2.txt', SEED_002);
      await readAll(second.id);
      const url = `/api/imports/${second.id}/proposals/0`;
      const bad = (language: string | undefined) =>
        t.api({
          method: 'POST',
          url: `${url}/create`,
          payload: { createAnyway: true, corrections: { rows: [] } },
          headers: language ? { 'accept-language': language } : {},
        });
      const danish = expectProblem(
        await bad(undefined),
        400,
        'ValidationError',
        'corrections.rows',
      );
      expect(danish.issues?.[0]?.message).toMatch(
        /^skal have én række for hver af Tabel 1's \d+ rækker$/,
      );
      const english = expectProblem(await bad('en'), 400, 'ValidationError');
      expect(english.issues?.[0]?.message).toMatch(
        /^must have one row for each of the \d+ rows of Tabel 1$/,
      );
      const created = await t.api({
        method: 'POST',
        url: `${url}/create`,
        payload: { createAnyway: true, corrections: { code: 'UD/SI77' } },
      });
      expect(created.statusCode, created.body).toBe(201);
      const proposal = proposalOutput.parse(
        await get(`/api/proposals/${created.json().proposalId}`),
      );
      expect(proposal.code).toBe('UD/SI77');
      const review = importedProposalOutput.parse(await get(url));
      expect(review).toMatchObject({ state: 'draft', proposalId: created.json().proposalId });
      expect(review.corrections).toEqual([{ field: 'code', from: 'UD/SI01', to: 'UD/SI77' }]);
    }, 60_000);

    it('lists the newest imports first', async () => {
      const created = await started('newest.txt', SEED_002);
      const { items } = await get('/api/imports');
      expect(items[0]).toMatchObject({ id: created.id, fileName: 'newest.txt' });
    });
  });

  describe('review and acceptance', () => {
    it('shows the source lines beside what was read, and the stated figure that does not add up', async () => {
      const created = await started('miscounted.txt', SEED_002_MISCOUNTED);
      await readAll(created.id);
      const review = importedProposalOutput.parse(
        await get(`/api/imports/${created.id}/proposals/0`),
      );
      expect(review.source[0]).toEqual({ no: review.startLine, text: expect.any(String) });
      expect(review.source.at(-1)?.no).toBe(review.endLine);
      expect(review.source.map((line) => line.text).join('\n')).toContain('UD/SI01');
      expect(review.mismatches).toContainEqual({
        field: 'Samlet varig ændring, service 2026',
        unit: 'thousands',
        stated: -4500,
        computed: -4400,
      });
      expect(review.proposal.code).toBe('UD/SI01');
      expect(review.computedPayback).toEqual(review.proposal.stated?.payback);
    });

    it('lists what could not be read, such as a committee the system does not know', async () => {
      const created = await started('seed-000.txt', readSeed('000_'));
      await readAll(created.id);
      const reviews = await Promise.all(
        [0, 1, 2].map(async (position) =>
          importedProposalOutput.parse(
            await get(`/api/imports/${created.id}/proposals/${position}`),
          ),
        ),
      );
      // BC01 names committee BIU, which this database does not have; the draft is saved without.
      expect(reviews[0]!.unread).toContainEqual({
        field: 'committee',
        reason: "Udvalget 'BIU' findes ikke i systemet",
        excerpt: 'BIU',
      });
      expect(reviews[0]!.proposal.committee).toBeNull();
      expect(reviews[0]!.unread.map((entry) => entry.field)).toContain('riskLevel');
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.unreadCount)).toEqual(
        reviews.map((review) => review.unread.length),
      );
    });

    it('accepts a proposal: it stays a draft and is no longer marked for review', async () => {
      const created = await started('seed-002.txt', SEED_002);
      await readAllAsDrafts(created.id);
      const url = `/api/imports/${created.id}/proposals/1/accept`;
      const first = await t.api({ method: 'POST', url });
      expect(first.statusCode, first.body).toBe(200);
      const again = await t.api({ method: 'POST', url });
      expect(again.json().acceptedAt).toBe(first.json().acceptedAt);

      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.accepted)).toEqual([false, true, false]);
      const proposal = proposalOutput.parse(await get(`/api/proposals/${first.json().proposalId}`));
      expect(proposal).toMatchObject({ status: 'draft', code: 'TV01' });
    });

    it("accepts with the reviewer's corrections: the draft is saved corrected, and each correction is kept with the import", async () => {
      const created = await started('corrected.txt', SEED_002);
      await readAllAsDrafts(created.id);
      const url = (position: number) => `/api/imports/${created.id}/proposals/${position}`;
      const read = importedProposalOutput.parse(await get(url(1)));
      const rows: CorrectionsInput['rows'] & {} = read.proposal.economy.rows.map(
        ({ section, area, values }) => ({ section, area, values }),
      );
      const wrong = read.proposal.economy.rows[0]!;
      rows[0] = {
        section: wrong.section === 'lasting' ? 'implementation' : 'lasting',
        area: 'anlaeg',
        values: [1234.5, ...wrong.values.slice(1)],
      };
      const corrections = {
        code: 'TV99',
        kind: 'innovationsforslag',
        leadAdministration: 'BIF',
        rows,
      };

      const bad = await t.api({
        method: 'POST',
        url: `${url(0)}/accept`,
        payload: { corrections: { rows: rows.slice(1) } },
      });
      expectProblem(bad, 400, 'ValidationError', 'corrections.rows');
      expect(importedProposalOutput.parse(await get(url(0))).accepted).toBe(false);

      const accepted = await t.api({
        method: 'POST',
        url: `${url(1)}/accept`,
        payload: { corrections },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const proposal = proposalOutput.parse(
        await get(`/api/proposals/${accepted.json().proposalId}`),
      );
      expect(proposal).toMatchObject({
        code: 'TV99',
        kind: 'innovationsforslag',
        leadAdministration: 'BIF',
        status: 'draft',
      });
      expect(proposal.economy.rows[0]).toEqual({ label: wrong.label, ...rows[0] });
      const review = importedProposalOutput.parse(await get(url(1)));
      expect(review.corrections).toEqual([
        { field: 'code', from: 'TV01', to: 'TV99' },
        { field: 'kind', from: 'investeringsforslag', to: 'innovationsforslag' },
        { field: 'leadAdministration', from: read.proposal.leadAdministration, to: 'BIF' },
        { field: 'economy.rows.0.section', from: wrong.section, to: rows[0]!.section },
        { field: 'economy.rows.0.area', from: wrong.area, to: 'anlaeg' },
        { field: 'economy.rows.0.values.0', from: wrong.values[0], to: 1234.5 },
      ]);
    });

    it('keeps the mismatches as the corrections leave them: one a corrected row fixes goes, one it causes comes', async () => {
      const created = await started('miscounted.txt', SEED_002_MISCOUNTED);
      await readAllAsDrafts(created.id);
      const url = `/api/imports/${created.id}/proposals/0`;
      const read = importedProposalOutput.parse(await get(url));
      const miscounted = 'Samlet varig ændring, service 2026';
      expect(read.mismatches.map((m) => m.field)).toContain(miscounted);
      // The reviewer makes the rows sum to the document's -4.500 by taking 100 off one of them.
      const { years, rows } = read.proposal.economy;
      const y = years.indexOf(2026);
      const r = rows.findIndex(
        (row) => row.section === 'lasting' && row.area === 'service' && row.values[y] !== null,
      );
      const corrected = rows.map(({ section, area, values }, i) => ({
        section,
        area,
        values: i === r ? values.map((v, j) => (j === y ? v! - 100 : v)) : values,
      }));

      const accepted = await t.api({
        method: 'POST',
        url: `${url}/accept`,
        payload: { corrections: { rows: corrected } },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const review = importedProposalOutput.parse(await get(url));
      // The document's other subtotals of 2026 were right, so now they differ.
      expect(review.mismatches).toEqual([
        { field: 'Samlet varig ændring 2026', unit: 'thousands', stated: -4100, computed: -4200 },
        {
          field: 'Samlet økonomisk påvirkning 2026',
          unit: 'thousands',
          stated: 5100,
          computed: 5000,
        },
      ]);
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals[0]?.mismatchCount).toBe(review.mismatches.length);
    });

    it("tells a proposal's pages it was imported and whether it is reviewed; null for one not imported", async () => {
      const created = await started('seed-002.txt', SEED_002);
      const detail = await readAllAsDrafts(created.id);
      const id = detail.proposals[0]!.proposalId!;
      expect(await get(`/api/proposals/${id}/import`)).toEqual({
        importId: created.id,
        position: 0,
        fileName: 'seed-002.txt',
        accepted: false,
      });
      await t.api({ method: 'POST', url: `/api/imports/${created.id}/proposals/0/accept` });
      expect((await get(`/api/proposals/${id}/import`)).accepted).toBe(true);
      const m = await givenMunicipality(t.access);
      const typed = await t.api({
        method: 'POST',
        url: '/api/proposals',
        payload: fullProposal(m),
      });
      expect(typed.statusCode, typed.body).toBe(201);
      // Not imported is an answer, not an error: the proposal's page logs no failed request.
      const other = await t.api(`/api/proposals/${typed.json().id}/import`);
      expect(other.statusCode).toBe(200);
      expect(other.json()).toBeNull();
    });

    it('answers 404 for a proposal not read yet, one beyond the document and an unknown import', async () => {
      const created = await started('seed-002.txt', SEED_002);
      const notYet = await t.api({
        method: 'GET',
        url: `/api/imports/${created.id}/proposals/0`,
      });
      expect(expectProblem(notYet, 404, 'NotFound').message).toContain('ikke læst endnu');
      await readAll(created.id);
      const beyond = await t.api({
        method: 'GET',
        url: `/api/imports/${created.id}/proposals/3`,
      });
      expect(expectProblem(beyond, 404, 'NotFound').message).toContain('har 3 forslag');
      const unknown = await t.api({
        method: 'POST',
        url: '/api/imports/00000000-0000-4000-8000-000000000000/steps',
      });
      expectProblem(unknown, 404, 'NotFound');
    });
  });

  describe('who may import', () => {
    it('answers 401 without a session and 403 to an author, so only the secretariat imports', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/imports' });
      expectProblem(anonymous, 401, 'Unauthorized');
      const author = await signedInAs(t, [{ role: 'author', administration: 'SOF' }]);
      const { payload, headers } = multipartUpload('seed-002.txt', SEED_002);
      const refused = await author({ method: 'POST', url: '/api/imports', payload, headers });
      expectProblem(refused, 403, 'Forbidden');
    });
  });

  describe('uploads that cannot be read', () => {
    it('answers 400 naming the file for binary data sent as text', async () => {
      const noise = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
      const body = expectProblem(
        await upload('garbled.txt', noise),
        400,
        'ValidationError',
        'file',
      );
      expect(body.message).toContain('ikke tekst');
    });

    it('answers 400 for a damaged PDF', async () => {
      const body = expectProblem(
        await upload('damaged.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'),
        400,
        'ValidationError',
        'file',
      );
      expect(body.message).toContain('PDF-filen kan ikke læses');
    });

    it('answers 400 for a PDF cut off before its end', async () => {
      const pdf = await seed002Pdf();
      const body = expectProblem(
        await upload('cut.pdf', pdf.slice(0, Math.floor(pdf.length * 0.7))),
        400,
        'ValidationError',
        'file',
      );
      expect(body.message).toContain('PDF-filen kan ikke læses');
    }, 180_000);

    it('reads the proposals of a text cut off mid-proposal and says what is missing of the last', async () => {
      const cut = SEED_002.slice(0, SEED_002.indexOf('Tabel 1', SEED_002.indexOf('TV01 ')));
      const created = await started('cut.txt', cut);
      await readAll(created.id);
      const detail = importDetail.parse(await get(`/api/imports/${created.id}`));
      expect(detail.proposals.map((p) => p.code)).toEqual(['UD/SI01', 'TV01']);
      const last = importedProposalOutput.parse(
        await get(`/api/imports/${created.id}/proposals/1`),
      );
      expect(last.unread.map((entry) => entry.field)).toContain('economy');
      expect(last.proposal.economy.rows).toEqual([]);
    });

    it('answers 400 for text without any proposal in it', async () => {
      const body = expectProblem(
        await upload('notes.txt', 'Referat fra mødet.\nIntet forslag her.\n'),
        400,
        'ValidationError',
        'file',
      );
      expect(body.message).toContain('intet "Kort resumé"');
    });

    it('answers 400 for an upload cut off before its end', async () => {
      const { payload, headers } = multipartUpload('seed-002.txt', SEED_002);
      const response = await t.api({
        method: 'POST',
        url: '/api/imports',
        payload: payload.subarray(0, Math.floor(payload.length / 2)),
        headers,
      });
      expect(expectProblem(response, 400, 'BadRequest', 'file').message).toContain('afbrudt');
    });

    it('answers 413 for a document larger than the import limit', async () => {
      const response = await upload('large.txt', SEED_002.repeat(50));
      expect(expectProblem(response, 413, 'PayloadTooLarge', 'file').message).toContain(
        '2000000 bytes',
      );
    });

    it('answers 400 for a file that is neither PDF nor text', async () => {
      const response = await upload('table.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
      expect(expectProblem(response, 400, 'ValidationError', 'file').message).toContain('.pdf');
    });

    it('answers 400 when the form has no file and 415 when the body is not a form', async () => {
      const boundary = 'only-a-field';
      const noFile = await t.api({
        method: 'POST',
        url: '/api/imports',
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\ntekst\r\n--${boundary}--\r\n`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      expectProblem(noFile, 400, 'BadRequest', 'file');
      const json = await t.api({
        method: 'POST',
        url: '/api/imports',
        payload: { file: 'x' },
      });
      expectProblem(json, 415, 'UnsupportedMediaType', 'file');
    });
  });
});
