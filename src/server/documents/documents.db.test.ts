import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTabel1Xlsx } from '../../documents/tabel1-read-xlsx.ts';
import { docxText } from '../../documents/test-support/unzip.ts';
import { tabel1Import } from '../../shared/documents-schema.ts';
import {
  proposalContentInput,
  proposalOutput,
  type ProposalContentInput,
  type ProposalOutput,
} from '../../shared/proposal-schema.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { storeProposal } from '../test/proposals.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body with one file, as a browser's FormData sends it. */
function multipart(file: Buffer, name = 'tabel1.xlsx', field = 'file') {
  const boundary = '----puljer-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n` +
        `Content-Type: ${XLSX}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDatabases())('documents on $name', (target) => {
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

  it('answers 401 without a session', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `/api/proposals/${id}/export.docx`,
      `/api/proposals/${id}/tabel1.xlsx`,
      '/api/rounds/x/overview.docx',
    ]) {
      expectProblem(await t.app.inject({ url }), 401, 'Unauthorized');
    }
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/economics/import-xlsx',
      ...multipart(Buffer.from('x')),
    });
    expectProblem(upload, 401, 'Unauthorized');
  });

  it('documents the four operations, the files with their own content types', async () => {
    const doc = (await t.api('/api/openapi.json')).json();
    const paths = doc.paths as Record<
      string,
      Record<string, { responses: Record<string, { content: object }> }>
    >;
    expect(
      Object.keys(paths['/api/proposals/{id}/export.docx']!.get!.responses['200']!.content),
    ).toEqual([DOCX]);
    expect(
      Object.keys(paths['/api/proposals/{id}/tabel1.xlsx']!.get!.responses['200']!.content),
    ).toEqual([XLSX]);
    expect(
      Object.keys(paths['/api/rounds/{id}/overview.docx']!.get!.responses['404']!.content),
    ).toEqual(['application/json']);
    expect(paths['/api/economics/import-xlsx']!.post).toBeDefined();
  });

  describe('GET /api/proposals/:id/export.docx', () => {
    it('answers the proposal as a Word file named after its code and title', async () => {
      const m = await givenMunicipality(t.access);
      const p = await create(fullProposal(m, { code: 'UD/SI01', title: 'Løft på § 85' }));
      const response = await t.api({ url: `/api/proposals/${p.id}/export.docx` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="UD-SI01_Loeft_paa_85.docx"; filename*=UTF-8''${encodeURIComponent('UD-SI01 Løft på § 85.docx')}`,
      );
      const text = docxText(response.rawPayload);
      expect(text).toContain('UD/SI01 Løft på § 85');
      expect(text).toContain(`Forvaltning ${m.administration} (${m.administration})`);
      // -1200.5 as entered, and the computed service subtotal -1.100,5 (100 of running costs).
      expect(text).toContain('-1.200,5');
      expect(text).toContain('-1.100,5');
    });

    it('names the innovation case an investment case grew out of', async () => {
      const m = await givenMunicipality(t.access);
      const origin = await create(
        fullProposal(m, { code: 'BC07', title: 'Forprojekt', kind: 'innovationsforslag' }),
      );
      const p = await create(fullProposal(m, { originProposalId: origin.id }));
      const response = await t.api({ url: `/api/proposals/${p.id}/export.docx` });
      expect(docxText(response.rawPayload)).toMatch(
        /Udspringer af innovationsforslag\s*BC07 Forprojekt/,
      );
    });

    it('answers 404 for an unknown proposal and 400 for an id that is not one', async () => {
      const unknown = await t.api({
        url: '/api/proposals/00000000-0000-4000-8000-000000000000/export.docx',
      });
      expectProblem(unknown, 404, 'NotFound');
      expectProblem(
        await t.api({ url: '/api/proposals/abc/export.docx' }),
        400,
        'ValidationError',
        'id',
      );
    });
  });

  describe('GET /api/proposals/:id/tabel1.xlsx', () => {
    it('answers Tabel 1 as an Excel file that reads back to the stored table', async () => {
      const m = await givenMunicipality(t.access);
      const p = await create(fullProposal(m, { code: 'BC11' }));
      const response = await t.api({ url: `/api/proposals/${p.id}/tabel1.xlsx` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      expect(response.headers['content-disposition']).toContain('filename="BC11_Tabel_1_');
      const reading = await readTabel1Xlsx(response.rawPayload);
      expect(reading.errors).toEqual([]);
      expect(reading.table).toEqual({
        priceLevelYear: 2026,
        years: [2026, 2027, 2028],
        rows: p.economy.rows.map((row) => ({
          ...row,
          values: [0, 1, 2].map((i) => row.values[i] ?? null),
        })),
      });
    });

    it('answers 400 naming economy when the amounts are too large to compute exactly', async () => {
      const m = await givenMunicipality(t.access);
      const row = {
        label: 'Stor',
        section: 'lasting' as const,
        area: 'service' as const,
        values: [1e12],
      };
      const p = await create(
        fullProposal(m, {
          economy: { priceLevelYear: 2026, years: [2026], rows: new Array(10).fill(row) },
        }),
      );
      const response = await t.api({ url: `/api/proposals/${p.id}/tabel1.xlsx` });
      expectProblem(response, 400, 'ValidationError', 'economy');
    });

    it('answers 404 for an unknown proposal', async () => {
      expectProblem(
        await t.api({
          url: '/api/proposals/00000000-0000-4000-8000-000000000000/tabel1.xlsx',
        }),
        404,
        'NotFound',
      );
    });
  });

  describe('GET /api/rounds/:id/overview.docx', () => {
    it('lists the round’s proposals that came in, by committee, with what they ask of the pool, and no others', async () => {
      const m = await givenMunicipality(t.access);
      const other = await givenMunicipality(t.access);
      const submitted = (input: ProposalContentInput) =>
        storeProposal(t.access, proposalContentInput.parse(input), 'submitted');
      await submitted(fullProposal(m, { code: 'BC02', title: 'Andet forslag' }));
      await submitted(
        fullProposal(m, { code: 'BC01', title: 'Første forslag', kind: 'innovationsforslag' }),
      );
      await submitted(fullProposal(other, { code: 'BC99', title: 'Anden runde' }));
      await create(fullProposal(m, { code: 'BC03', title: 'Endnu en kladde' }));
      const response = await t.api({ url: `/api/rounds/${m.roundId}/overview.docx` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.headers['content-disposition']).toContain(
        `filename="Oversigt_OFS_${m.roundId}.docx"`,
      );
      const text = docxText(response.rawPayload);
      expect(text).toContain(`Oversigt over indkomne ansøgninger til OFS ${m.roundId}`);
      expect(text).toMatch(/BC01\s*Første forslag/);
      expect(text.indexOf('BC01')).toBeLessThan(text.indexOf('BC02'));
      expect(text).not.toContain('BC99');
      expect(text).not.toContain('BC03');
      // fullProposal's implementation costs, 1.750,001 in 2026 and 500 in 2027, shown in whole
      // thousands as the municipality prints its appendix (issue 14 point 4).
      expect(text).toMatch(/\t1\.750\s+500\s+2\.250\s/);
      expect(text).not.toContain(',001');
      expect(text).toContain(`I alt, Udvalg ${m.committee} (${m.committee})`);
      expect(text).toContain('I alt udmøntning fra puljerne');
      expect(text).toContain('4.500');
    });

    it('answers 404 for an unknown round', async () => {
      expectProblem(await t.api({ url: '/api/rounds/ingen-runde/overview.docx' }), 404, 'NotFound');
    });
  });

  describe('POST /api/economics/import-xlsx', () => {
    it('reads an uploaded export back to its table', async () => {
      const m = await givenMunicipality(t.access);
      const p = await create(fullProposal(m));
      const xlsx = await t.api({ url: `/api/proposals/${p.id}/tabel1.xlsx` });
      const response = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        ...multipart(xlsx.rawPayload),
      });
      expect(response.statusCode, response.body).toBe(200);
      const body = tabel1Import.parse(response.json());
      expect(body.errors).toEqual([]);
      expect(body.table?.rows.map((r) => r.values)).toEqual([
        [0, -1200.5, -2400],
        [null, 100, 100],
        [1500.001, 500, null],
        [250, null, null],
      ]);
    });

    it('answers what it could not read, in Danish, for a file that is not a spreadsheet', async () => {
      const response = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        ...multipart(Buffer.from('ikke et regneark'), 'tabel.xlsx'),
      });
      expect(response.statusCode).toBe(200);
      const body = tabel1Import.parse(response.json());
      expect(body.table).toBeNull();
      expect(body.errors[0]?.message).toContain('kan ikke læses som et Excel-regneark');
    });

    it('answers 415 for a body that is not multipart, 400 without a file, 413 above 5 MB', async () => {
      const json = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        payload: {},
      });
      expectProblem(json, 415, 'UnsupportedMediaType', 'file');
      const empty = multipart(Buffer.alloc(0));
      const noFile = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        headers: empty.headers,
        payload: Buffer.from('------puljer-test-boundary--\r\n'),
      });
      expectProblem(noFile, 400, 'BadRequest', 'file');
      const large = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        ...multipart(Buffer.alloc(5 * 1024 * 1024 + 1, 1)),
      });
      expectProblem(large, 413, 'PayloadTooLarge', 'file');
    });

    it('answers 400, not 500, for an upload cut off midway or without a boundary', async () => {
      const { payload, headers } = multipart(Buffer.from('PK\u0003\u0004'));
      const cut = payload.subarray(0, payload.length - 20);
      const truncated = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        headers,
        payload: cut,
      });
      expectProblem(truncated, 400, 'BadRequest', 'file');
      const noBoundary = await t.api({
        method: 'POST',
        url: '/api/economics/import-xlsx',
        headers: { 'content-type': 'multipart/form-data' },
        payload: cut,
      });
      expectProblem(noBoundary, 400, 'BadRequest', 'file');
    });
  });
});
