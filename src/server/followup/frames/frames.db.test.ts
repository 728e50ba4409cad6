import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framesOutput } from '../../../shared/followup/frames-schema.ts';
import { tv01DigitaltSamtykke } from '../../demo/proposals/tv01-digitalt-samtykke.ts';
import { udSi01Loeft } from '../../demo/proposals/ud-si01-loeft.ts';
import { startTestApp, testDatabases, type TestApp } from '../../test/app.ts';
import { demoPriceIndices } from '../../demo/index.ts';
import { givenMunicipality, givenReference, type Municipality } from '../../test/factories.ts';
import { signedInPeople, type Person, type SignedIn } from '../../test/users.ts';
import { givenGranted } from '../test-plans.ts';

describe.each(testDatabases())('budget frames on $name', (target) => {
  let t: TestApp;
  let m: Municipality;
  let as: Record<Person, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp(target);
    m = await givenMunicipality(t.access);
    as = await signedInPeople(t, m);
    await givenReference(t.access, { priceIndices: demoPriceIndices });
    await givenGranted(t.access, m, udSi01Loeft);
    await givenGranted(t.access, m, tv01DigitaltSamtykke);
  });
  afterAll(() => t?.close());

  const get = (who: Person, url: string) => t.app.inject({ url, headers: as[who].headers });
  const query = () => `administration=${m.administration}&from=2025&to=2031&priceLevelYear=2026`;

  it('lists LØFT’s and TV01’s lasting changes as reductions of the forvaltning’s frame', async () => {
    const response = await get('reader', `/api/budget-frames?${query()}`);
    expect(response.statusCode, response.body).toBe(200);
    const frames = framesOutput.parse(response.json());
    expect(frames.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(frames.administrations).toHaveLength(1);
    expect(frames.administrations[0]).toMatchObject({
      code: m.administration,
      name: `Forvaltning ${m.administration}`,
      areas: [
        { area: 'service', values: [0, -4750, -5550, -16650, -22200, -22200, -22200] },
        { area: 'overfoersler', values: [0, 300, 600, 600, 600, 600, 600] },
      ],
      total: [0, -4450, -4950, -16050, -21600, -21600, -21600],
    });
    expect(frames.administrations[0]!.proposals).toHaveLength(3);
  });

  it('shows another forvaltning none of them, and says it sees only part', async () => {
    const frames = framesOutput.parse(
      (await get('otherAuthor', `/api/budget-frames?${query()}`)).json(),
    );
    expect(frames).toMatchObject({ administrations: [], complete: false });
  });

  it('exports the same figures to .xlsx', async () => {
    const response = await get('author', `/api/budget-frames.xlsx?${query()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('budgetrammer_2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet('Rammer')!.getSheetValues().filter(Boolean) as unknown[][];
    const total = rows.find((r) => r.includes('I alt') && String(r[1]).includes(m.administration));
    expect(total?.slice(3)).toEqual([0, -4450, -4950, -16050, -21600, -21600, -21600]);
    expect(workbook.getWorksheet('Forslag')!.rowCount).toBe(3 + 3);
  });

  it('shows the grants it can convert and lists the one whose price level the index lacks', async () => {
    // A forvaltning of its own: LØFT in 2026 p/l converts; TV01 stated in 1992 p/l cannot, as
    // the demo index starts in 2020 (and no test adds 1992 to the shared database's index).
    const own = await givenMunicipality(t.access);
    const loeft = await givenGranted(t.access, own, udSi01Loeft);
    const old = await givenGranted(t.access, own, {
      ...tv01DigitaltSamtykke,
      economy: { ...tv01DigitaltSamtykke.economy, priceLevelYear: 1992 },
    });
    const left = {
      proposalId: old.id,
      code: null,
      title: tv01DigitaltSamtykke.title,
      administration: own.administration,
      administrationName: `Forvaltning ${own.administration}`,
      priceLevelYear: 1992,
      reason: 'index-year-missing',
      indexYear: 1992,
    };
    for (const [q, level] of [
      [`administration=${own.administration}&priceLevelYear=2027`, 2027],
      [`administration=${own.administration}`, 2026],
    ] as const) {
      const response = await get('secretariat', `/api/budget-frames?${q}`);
      expect(response.statusCode, response.body).toBe(200);
      const frames = framesOutput.parse(response.json());
      expect(frames.priceLevelYear).toBe(level);
      expect(frames.administrations).toHaveLength(1);
      const [frame] = frames.administrations;
      expect(new Set(frame!.proposals.map((p) => p.proposalId))).toEqual(new Set([loeft.id]));
      expect(frames.total).toEqual(frame!.total);
      expect(frames.unconverted).toEqual([left]);
    }

    const response = await get(
      'secretariat',
      `/api/budget-frames.xlsx?administration=${own.administration}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet('Rammer')!.getCell('A1').value)).toContain(
      '1 bevilling er ikke med, da den ikke kan omregnes (se arket Ikke omregnet)',
    );
    const rows = workbook.getWorksheet('Ikke omregnet')!.getSheetValues().filter(Boolean);
    expect(rows.at(-1)).toEqual([
      undefined,
      `Forvaltning ${own.administration} (${own.administration})`,
      tv01DigitaltSamtykke.title,
      '1992 p/l',
      'Prisindekset har ikke året 1992.',
    ]);
  });

  it('answers years the wrong way round and a price level without an index naming the field', async () => {
    const field = async (q: string) => {
      const response = await get('secretariat', `/api/budget-frames?${q}`);
      expect(response.statusCode, response.body).toBe(400);
      return response.json<{ issues: { field: string }[] }>().issues[0]!.field;
    };
    expect(await field('from=2030&to=2026')).toBe('to');
    expect(await field(`administration=${m.administration}&priceLevelYear=1991`)).toBe(
      'priceLevelYear',
    );
    expect(await field('from=tyve')).toBe('from');
  });
});
