import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalContentInput } from '../../../shared/proposal-schema.ts';
import {
  dashboardOutput,
  deviationsOutput,
  realisedOutput,
  realismOutput,
} from '../../../shared/followup-realised-schema.ts';
import { givenRules } from '../../decisions/test-round.ts';
import { multipartUpload } from '../../imports/test-upload.ts';
import { startTestApp, testDatabases, type TestApp } from '../../test/app.ts';
import {
  fullProposal,
  givenMunicipality,
  unique,
  type Municipality,
} from '../../test/factories.ts';
import { storeProposal } from '../../test/proposals.ts';
import { givenUser, injectAs, signIn, type Inject } from '../../test/users.ts';
import { givenGrantedProposal } from './test-plan.ts';

// Reporting realised figures against a granted proposal's plan, typed and from an accounting
// export, on the real database: what is stored, what is refused (naming the field or cell),
// that nothing is half-saved, and what the dashboard, the deviation list and the realism check
// make of it. The fixture's plan (thousands): Effektivisering 0 / -1.200,5 / -2.400, Drift
// - / 100 / 100, Projektleder 1.500,001 / 500, Udstyr 250, for 2026-2028.

describe.each(testDatabases())('realised figures on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let author: Inject;

  const content = () => proposalContentInput.parse(fullProposal(m));
  const granted = () => givenGrantedProposal(t.access, content(), m.roundId, unique('R'));
  const put = (id: string, year: number, payload: object, as: Inject = author) =>
    as({ method: 'PUT', url: `/api/proposals/${id}/realised/${year}`, payload });
  const upload = (name: string, body: Uint8Array | string, query = '') =>
    author({
      method: 'POST',
      url: `/api/followup/realised/import${query}`,
      ...multipartUpload(name, body),
    });
  const realisedOf = async (id: string) =>
    realisedOutput.parse((await author(`/api/proposals/${id}/realised`)).json());

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    await givenRules(t.access, m.roundId, 'decided');
    const user = await givenUser(t.access, [{ role: 'author', administration: m.administration }]);
    author = injectAs(t.app, await signIn(t.app, user));
  });
  afterAll(() => t?.close());

  it('stores a year typed by its forvaltning, with the deviation per row, and audits it', async () => {
    const p = await granted();
    const response = await put(p.id, 2027, {
      version: null,
      rows: [
        { row: 0, amount: -900, comment: 'Senere udrulning' },
        { row: 1, amount: 100 },
        { row: 2, amount: 500 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const y2027 = realisedOutput.parse(response.json()).years[1]!;
    expect(y2027).toMatchObject({ year: 2027, reported: true, version: 1, dueOn: '2028-03-01' });
    expect(y2027.rows[0]).toMatchObject({
      planned: -1200.5,
      realised: -900,
      deviation: 300.5,
      comment: 'Senere udrulning',
    });
    expect(y2027.planned.savings).toBe(1100.5);
    expect(y2027.realised!.savings).toBe(800);
    const entries = await t.api(`/api/proposals/${p.id}/history`);
    expect(JSON.stringify(entries.json())).toContain('followup.realised');

    // A second report of the year is made on top of the version seen; an older one is 409.
    const again = await put(p.id, 2027, { version: 1, rows: [{ row: 0, amount: -1200.5 }] });
    expect(again.statusCode, again.body).toBe(200);
    const stale = await put(p.id, 2027, { version: 1, rows: [{ row: 0, amount: -1 }] });
    expect(stale.statusCode).toBe(409);
    expect((await realisedOf(p.id)).years[1]!.rows[0]!.realised).toBe(-1200.5);
  });

  it('converts amounts typed at another price level to the plan’s by the index', async () => {
    // Years of their own, so no other test's index is touched.
    await t.access.priceIndices.insert(2093, 10000);
    await t.access.priceIndices.insert(2094, 10300);
    const plain = content();
    const p = await givenGrantedProposal(
      t.access,
      { ...plain, economy: { ...plain.economy, priceLevelYear: 2093 } },
      m.roundId,
      unique('R'),
    );
    const response = await put(p.id, 2026, {
      version: null,
      priceLevelYear: 2094,
      rows: [{ row: 2, amount: 1030 }],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(realisedOutput.parse(response.json()).years[0]!.rows[2]!.realised).toBe(1000);
  });

  it('refuses what is not a report on the plan, naming the field, and keeps nothing', async () => {
    const p = await granted();
    const draft = await storeProposal(t.access, content(), 'submitted');
    const cases: [string, number, object, string][] = [
      [draft.id, 2026, { version: null, rows: [] }, 'id'],
      [p.id, 2031, { version: null, rows: [] }, 'year'],
      [p.id, 2026, { version: null, rows: [{ row: 9, amount: 1 }] }, 'rows.0.row'],
      [p.id, 2026, { version: null, rows: [{ row: 0, amount: 1.0001 }] }, 'rows.0.amount'],
      [
        p.id,
        2026,
        {
          version: null,
          rows: [
            { row: 0, amount: 1 },
            { row: 0, amount: 2 },
          ],
        },
        'rows.1.row',
      ],
    ];
    for (const [id, year, payload, field] of cases) {
      const response = await put(id, year, payload);
      expect([field, response.statusCode]).toEqual([field, 400]);
      expect(response.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toContain(
        field,
      );
    }
    expect(await t.access.realised.reportsOf(p.id)).toEqual([]);
  });

  it('reads an accounting export (.xlsx) with a title, columns in its own order and Danish text numbers', async () => {
    const p = await granted();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Udtræk');
    sheet.addRow(['Udtræk fra økonomisystemet, regnskab 2026']);
    sheet.addRow([]);
    sheet.addRow(['Konto', 'Beløb (1.000 kr.)', 'Projektnr.', 'Regnskabsår']);
    sheet.addRow(['Effektivisering', 0, p.content.code, 2026]);
    sheet.addRow(['3', '1.200,5', p.content.code, '2026']);
    sheet.addRow(['Projektleder', 300, p.content.code, 2026]);
    sheet.addRow(['I alt', 1500.5]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await upload('udtraek.xlsx', bytes);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      reports: [{ proposalId: p.id, code: p.content.code, year: 2026, rows: 2 }],
    });
    // Two postings on Projektleder (its name and its number 3) add up: 1.500,5.
    const y2026 = (await realisedOf(p.id)).years[0]!;
    expect(y2026.rows[2]!.realised).toBe(1500.5);
    expect(y2026.rows[0]!.realised).toBe(0);
  });

  it('reads a semicolon CSV into the rows it names and keeps the year’s other rows', async () => {
    const p = await granted();
    await put(p.id, 2027, {
      version: null,
      rows: [{ row: 1, amount: 90, comment: 'Billigere drift' }],
    });
    const csv = `Forslag;År;Række;Beløb\r\n${p.content.code};2027;Effektivisering;-1.000\r\n`;
    const response = await upload('udtraek.csv', csv);
    expect(response.statusCode, response.body).toBe(200);
    const y2027 = (await realisedOf(p.id)).years[1]!;
    expect(y2027.version).toBe(2);
    expect(y2027.rows.map((r) => r.realised)).toEqual([-1000, 90, null, null]);
    expect(y2027.rows[1]!.comment).toBe('Billigere drift');
  });

  it('names the cell of every line it cannot take, and saves none of the file', async () => {
    const p = await granted();
    const other = await storeProposal(t.access, { ...content(), code: unique('X') }, 'submitted');
    const csv = [
      'Forslag;År;Konto;Beløb',
      `${p.content.code};2026;Projektleder;100`,
      `${p.content.code};2031;Projektleder;100`,
      `${p.content.code};2026;Husleje;100`,
      `${p.content.code};2026;Projektleder;1,0001`,
      `${other.content.code};2026;Projektleder;100`,
      `UKENDT;2026;Projektleder;100`,
    ].join('\n');
    const response = await upload('udtraek.csv', csv);
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ issues: { field: string; message: string }[] }>().issues;
    expect(issues.map((i) => i.field)).toEqual(['D5']);
    const matched = await upload('udtraek.csv', csv.replace('1,0001', '1,001'));
    expect(matched.json<{ issues: { field: string; message: string }[] }>().issues).toEqual([
      { field: 'B3', message: expect.stringContaining('2031 er ikke et år i planen') },
      { field: 'C4', message: expect.stringContaining("ingen række 'Husleje'") },
      { field: 'A6', message: expect.stringContaining('er ikke bevilget') },
      { field: 'A7', message: expect.stringContaining("intet forslag med koden 'UKENDT'") },
    ]);
    expect(await t.access.realised.reportsOf(p.id)).toEqual([]);
  });

  it('refuses a file of another type or larger than 5 MB, naming the file', async () => {
    const wrong = await upload('udtraek.pdf', '%PDF-1.4');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ message: string }>().message).toMatch(/^file: /);
    const fake = await upload('udtraek.xlsx', 'Forslag;År;Konto;Beløb');
    expect(fake.statusCode).toBe(400);
    const large = await upload('udtraek.csv', 'x'.repeat(5 * 1024 * 1024 + 1));
    expect(large.statusCode).toBe(413);
  });

  it('shows the forvaltning’s savings on the dashboard and flags the one lagging behind', async () => {
    const other = await givenMunicipality(t.access);
    const lagging = await givenGrantedProposal(
      t.access,
      { ...content(), leadAdministration: other.administration },
      m.roundId,
      unique('L'),
    );
    const onTrack = await givenGrantedProposal(
      t.access,
      { ...content(), leadAdministration: other.administration },
      m.roundId,
      unique('T'),
    );
    const reported = await put(
      lagging.id,
      2027,
      { version: null, rows: [{ row: 0, amount: -500 }] },
      t.api,
    );
    expect(reported.statusCode, reported.body).toBe(200);
    const dashboard = dashboardOutput.parse((await t.api('/api/followup/dashboard')).json());
    const own = dashboard.byAdministration.find((a) => a.administration === other.administration)!;
    // Drift's 100 was not reported, so 2027 realised only the 500 saved.
    expect(own.years.find((y) => y.year === 2027)).toMatchObject({
      planned: 2201,
      realised: 500,
      plannedReported: 1100.5,
      percent: 45.4,
      reported: 1,
      proposals: 2,
    });
    expect(own.years.find((y) => y.year === 2028)).toMatchObject({ reported: 0, percent: null });
    const deviations = deviationsOutput.parse((await t.api('/api/followup/deviations')).json());
    const flagged = deviations.items.filter((i) => i.leadAdministration === other.administration);
    expect(flagged.map((i) => i.code)).toEqual([lagging.content.code]);
    expect(flagged[0]!.savings).toEqual({ years: [2027], planned: 1100.5, realised: 500 });
    expect(flagged[0]!.flags).toEqual([
      {
        kind: 'lag',
        years: [2027],
        plannedSavings: 1100.5,
        realisedSavings: 500,
        shortfall: 600.5,
      },
    ]);

    // The day after 2026's report was due, neither has sent it.
    const later = await t.services.deviationList({
      user: {
        id: '',
        username: 's',
        name: 'S',
        roles: [{ role: 'secretariat', administration: null }],
      },
      now: new Date('2027-03-02T00:00:00+01:00'),
    });
    const late = later.items.filter((i) => i.plan.administration === other.administration);
    expect(late.map((i) => [i.plan.code, i.flags.map((f) => f.kind)])).toEqual([
      [lagging.content.code, ['lag', 'overdue']],
      [onTrack.content.code, ['overdue']],
    ]);

    const draft = await storeProposal(
      t.access,
      { ...content(), leadAdministration: other.administration, code: null, roundId: null },
      'draft',
    );
    const realism = realismOutput.parse((await t.api(`/api/proposals/${draft.id}/realism`)).json());
    expect(realism.ratio).toMatchObject({
      basis: 'administration-kind',
      proposals: 1,
      percent: 45.4,
    });
    expect(realism.likelySavings[1]).toBeLessThan(realism.promisedSavings[1]!);
  });
});
