import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceIndexList, priceIndexOutput } from '../../shared/economics-schema.ts';
import { demoPriceIndices } from '../demo/index.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { givenReference } from '../test/factories.ts';
import { givenUser, signIn, type SignedIn } from '../test/users.ts';

// The index is keyed by year and shared by every run on a database, so the tests that write
// take years far from any real p/l year that no one else holds at the moment, and remove them.

describe.each(testDatabases())('price indices on $name', (target) => {
  let t: TestApp;
  let secretariat: SignedIn;
  const taken: number[] = [];

  beforeAll(async () => {
    t = await startTestApp(target);
    await givenReference(t.access, {
      submissionRules: [],
      priceIndices: demoPriceIndices,
    });
    const user = await givenUser(t.access, [{ role: 'secretariat', administration: null }]);
    secretariat = await signIn(t.app, user);
  });
  afterAll(async () => {
    for (const year of taken) {
      const current = (await list()).find((item) => item.year === year);
      if (current)
        await t.services.removePriceIndex({ year, version: current.version, actor: 'system' });
    }
    await t?.close();
  });

  async function list() {
    const response = await t.api({ method: 'GET', url: '/api/price-indices' });
    expect(response.statusCode).toBe(200);
    return priceIndexList.parse(response.json()).items;
  }

  async function freeYear(): Promise<number> {
    const used = new Set((await list()).map((item) => item.year));
    for (;;) {
      const year = 2040 + Math.floor(Math.random() * 60);
      if (!used.has(year) && !taken.includes(year)) {
        taken.push(year);
        return year;
      }
    }
  }

  const put = (year: number | string, payload: object, as: SignedIn | null = secretariat) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/price-indices/${year}`,
      payload,
      ...(as ? { headers: as.headers } : {}),
    });

  const remove = (year: number, version: number) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/price-indices/${year}?version=${version}`,
      headers: secretariat.headers,
    });

  it('lists the index year by year as people write it, 2026 at 121,35', async () => {
    const items = await list();
    expect(items.find((item) => item.year === 2026)).toMatchObject({ index: 121.35 });
    const years = items.map((item) => item.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('adds a year, changes it on top of the version read, and refuses a stale change with 409', async () => {
    const year = await freeYear();
    const added = await put(year, { index: 150.5, version: null });
    expect(added.statusCode, added.body).toBe(201);
    expect(priceIndexOutput.parse(added.json())).toMatchObject({ year, index: 150.5, version: 1 });

    const again = await put(year, { index: 151, version: null });
    expect(expectProblem(again, 409, 'Conflict').currentVersion).toBe(1);

    const changed = await put(year, { index: 152.25, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ index: 152.25, version: 2 });

    const stale = await put(year, { index: 160, version: 1 });
    const conflict = expectProblem(stale, 409, 'Conflict');
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.message).toContain(`${year}`);
    expect((await list()).find((item) => item.year === year)?.index).toBe(152.25);
  });

  it('removes a year only at the version read, and then the year is gone (404 on change)', async () => {
    const year = await freeYear();
    await put(year, { index: 140, version: null });
    expectProblem(await remove(year, 2), 409, 'Conflict');
    const removed = await remove(year, 1);
    expect(removed.statusCode, removed.body).toBe(204);
    expectProblem(await put(year, { index: 141, version: 1 }), 404, 'NotFound');
  });

  it('lets only the secretariat change it: 401 for no one signed in, 403 for Center for Økonomi', async () => {
    const year = await freeYear();
    const anonymous = await put(year, { index: 130, version: null }, null);
    expectProblem(anonymous, 401, 'Unauthorized');
    const finance = await signIn(
      t.app,
      await givenUser(t.access, [{ role: 'finance', administration: null }]),
    );
    const refused = await put(year, { index: 130, version: null }, finance);
    expect(expectProblem(refused, 403, 'Forbidden').message).toContain('puljesekretariatet');
    expect((await list()).map((item) => item.year)).not.toContain(year);
  });

  it('converts Tabel 1 with the index as edited', async () => {
    const from = await freeYear();
    const to = await freeYear();
    await put(from, { index: 100, version: null });
    await put(to, { index: 110.25, version: null });
    const response = await t.api({
      method: 'POST',
      url: '/api/economics/evaluate',
      payload: {
        priceLevelYear: from,
        years: [2026],
        rows: [{ label: 'Løn', section: 'lasting', area: 'service', values: [1000] }],
        targetPriceLevelYear: to,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().table.rows[0].values).toEqual([1102.5]);
  });

  describe('bad input is a 400 naming the field', () => {
    it('an index of 0, below zero, or with three decimals', async () => {
      expectProblem(await put(2030, { index: 0, version: 1 }), 400, 'ValidationError', 'index');
      expectProblem(await put(2030, { index: -5, version: 1 }), 400, 'ValidationError', 'index');
      const fine = await put(2030, { index: 121.355, version: 1 });
      expect(expectProblem(fine, 400, 'ValidationError', 'index').message).toContain(
        'to decimaler',
      );
    });

    it('a year outside 1990-2100 or not a number', async () => {
      expectProblem(await put(1980, { index: 90, version: null }), 400, 'ValidationError', 'year');
      expectProblem(
        await put('næste', { index: 90, version: null }),
        400,
        'ValidationError',
        'year',
      );
    });

    it('a change that does not say which version it builds on', async () => {
      expectProblem(await put(2030, { index: 125 }), 400, 'ValidationError', 'version');
    });
  });
});
