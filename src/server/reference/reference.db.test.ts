import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { unique } from '../test/factories.ts';

describe.each(testDatabases())('reference data on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  it('lists the forvaltninger, committees, rounds and hearing bodies it holds', async () => {
    const [administration, committee, round, body] = [
      unique('F'),
      unique('U'),
      unique('b-'),
      unique('Kreds '),
    ];
    await t.access.reference.insertMissing({
      administrations: [{ code: administration, name: 'Forvaltningen' }],
      committees: [{ code: committee, name: 'Udvalget' }],
      rounds: [{ id: round, name: 'Budget 2027', kind: 'budget', year: 2027 }],
      hearingBodies: [{ name: body }],
      submissionRules: [],
      pools: [],
    });

    const items = async (url: string) => {
      const response = await t.api(url);
      expect(response.statusCode).toBe(200);
      return response.json().items;
    };
    expect(await items('/api/administrations')).toContainEqual({
      code: administration,
      name: 'Forvaltningen',
    });
    expect(await items('/api/committees')).toContainEqual({ code: committee, name: 'Udvalget' });
    expect(await items('/api/rounds')).toContainEqual({
      id: round,
      name: 'Budget 2027',
      kind: 'budget',
      year: 2027,
      phase: 'open',
      // No rules are set for the round, so it names no price level of its own.
      priceLevelYear: null,
    });
    expect(await items('/api/hearing-bodies')).toContainEqual({ name: body });
  });

  it('keeps what is there when the same reference data is added again', async () => {
    const code = unique('F');
    const data = {
      administrations: [{ code, name: 'Første navn' }],
      committees: [],
      rounds: [],
      hearingBodies: [],
      submissionRules: [],
      pools: [],
    };
    await t.access.reference.insertMissing(data);
    await t.access.reference.insertMissing({
      ...data,
      administrations: [{ code, name: 'Andet navn' }],
    });
    const response = await t.api('/api/administrations');
    const matching = response.json().items.filter((item: { code: string }) => item.code === code);
    expect(matching).toEqual([{ code, name: 'Første navn' }]);
  });
});
