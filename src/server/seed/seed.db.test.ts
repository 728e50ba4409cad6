import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kroner } from '../../domain/money.ts';
import { pools, submissionRules } from '../db/schema.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { seedDemoData, type SeedData } from './seed.ts';

// Seeding acts on an empty database, so it runs on a fresh embedded database only: the shared
// PostgreSQL test database is never empty.

const data = (): SeedData => ({
  administrations: [{ code: 'SOF', name: 'Socialforvaltningen' }],
  committees: [{ code: 'SOU', name: 'Socialudvalget' }],
  rounds: [{ id: 'ofs-2025-2026', name: 'OFS 2025-2026', kind: 'ofs', year: 2026 }],
  hearingBodies: [{ name: 'IT-kredsen' }],
  submissionRules: [
    {
      year: 2026,
      rules: {
        paybackLimitYears: 6,
        capByKind: {
          foranalyse: kroner(1_000_000),
          innovationsforslag: kroner(2_000_000),
          investeringsforslag: null,
        },
      },
    },
  ],
  pools: [
    { id: 'alle', name: 'Puljerne', parentId: null, year: 2026, amountKroner: kroner(375_000_000) },
    { id: 'inno', name: 'Innovation', parentId: 'alle', year: 2026, amountKroner: kroner(15e6) },
  ],
  proposals: [
    {
      code: 'TV01',
      title: 'Digitalt samtykke',
      kind: 'investeringsforslag',
      leadAdministration: 'SOF',
      committee: 'SOU',
      roundId: 'ofs-2025-2026',
      economy: {
        priceLevelYear: 2026,
        years: [2026, 2027],
        rows: [{ label: 'Løn', section: 'implementation', area: 'service', values: [1250, 950] }],
      },
    },
    { title: 'Datadeling', kind: 'foranalyse', leadAdministration: 'SOF' },
  ],
});

describe('demo data on first start', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ name: 'PGlite', options: { driver: 'pglite', dataDir: null } });
  });
  afterEach(() => t?.close());

  it('loads the reference data and the proposals into an empty database, and only then', async () => {
    expect(await seedDemoData({ access: t.access, services: t.services, data: data() })).toEqual({
      seeded: true,
    });
    expect(await seedDemoData({ access: t.access, services: t.services, data: data() })).toEqual({
      seeded: false,
    });

    // The second start added nothing: still the two demo proposals, once each.
    const listed = (await t.api('/api/proposals?sort=title')).json().items;
    expect(listed.map((p: { title: string }) => p.title)).toEqual([
      'Datadeling',
      'Digitalt samtykke',
    ]);
    expect(listed[1]).toMatchObject({ code: 'TV01', totalImplementation: 2200, version: 1 });
    expect((await t.api('/api/rounds')).json().items).toHaveLength(1);
    const [rules] = await t.access.db
      .select()
      .from(submissionRules)
      .where(eq(submissionRules.year, 2026));
    expect(rules).toEqual({
      year: 2026,
      paybackLimitYears: 6,
      capForanalyse: 1_000_000,
      capInnovationsforslag: 2_000_000,
      capInvesteringsforslag: null,
    });
    const [innovation] = await t.access.db.select().from(pools).where(eq(pools.id, 'inno'));
    expect(innovation).toEqual({
      id: 'inno',
      name: 'Innovation',
      parentId: 'alle',
      year: 2026,
      amount: 15_000_000,
    });
  });

  it('stops with the name of a demo proposal the API would refuse', async () => {
    const bad = data();
    bad.proposals.push({ title: 'Forkert udvalg', kind: 'foranalyse', committee: 'XXX' });
    await expect(
      seedDemoData({ access: t.access, services: t.services, data: bad }),
    ).rejects.toThrow(/Forkert udvalg.*Udvalg: ukendt udvalg 'XXX'/);
  });
});
