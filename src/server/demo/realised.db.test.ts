import { problemMessage } from '../problems.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../auth/actor.ts';
import {
  presentDashboard,
  presentRealised,
  presentRealism,
} from '../followup/realised/presenter.ts';
import { seedDemoData } from '../seed/seed.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { recordDemoRealised } from './realised.ts';
import { demoSeedData } from './seed-data.ts';

// The demo's follow-up, exact to the krone on the plans the demo decides: OFS 2024-2025 paid at
// 2025 p/l, so TV01's and LØFT's 2026 p/l tables are converted by the demo index (11.827 /
// 12.135) per cell. Seeding needs an empty database, so this runs on a fresh embedded one.

const secretariat: SignedInUser = {
  id: '',
  username: 'sekretariat',
  name: 'Puljesekretariatet',
  roles: [{ role: 'secretariat', administration: null }],
};

describe('demo follow-up', () => {
  let t: TestApp;
  const idOf = async (code: string) =>
    (await t.access.proposals.list({})).find((p) => p.code === code)!.id;

  beforeAll(async () => {
    t = await startTestApp({ name: 'PGlite', options: { driver: 'pglite', dataDir: null } });
    await seedDemoData({
      access: t.access,
      services: t.services,
      data: demoSeedData,
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('has TV01 on track: 370.355 kr. saved in 2026 against 341.116 planned', async () => {
    const found = await t.services.realisedOf({
      proposalId: await idOf('TV01'),
      user: secretariat,
    });
    const view = presentRealised({ ...(found.ok && found.value) } as never);
    const y2026 = view.years.find((y) => y.year === 2026)!;
    // 250 + 150 - 750 thousand at 2026 p/l: 243.655 + 146.193 - 730.964 at 2025 p/l.
    expect(y2026.planned.savings).toBe(341.116);
    // The saving row realised 104 %: -760.203 (-730.964 × 1,04 = -760.203,56).
    expect(y2026.rows[2]).toMatchObject({
      planned: -730.964,
      realised: -760.203,
      deviation: -29.239,
    });
    expect(y2026.realised!.savings).toBe(370.355);
    expect(view.flags).toEqual([]);
  });

  it('has LØFT lagging: 1.559.390 kr. saved of 3.995.937 planned, and the pre-analysis overdue', async () => {
    const list = await t.services.deviationList({
      user: secretariat,
      now: new Date('2026-12-04T12:00:00Z'),
    });
    expect(list.items.map((i) => [i.plan.code, i.flags])).toEqual([
      [
        'UD/SI01',
        [
          {
            kind: 'lag',
            years: [2025, 2026],
            plannedSavings: 3_995_937,
            realisedSavings: 1_559_390,
            shortfall: 2_436_547,
          },
        ],
      ],
      [null, [{ kind: 'overdue', year: 2025, dueOn: '2026-03-01', daysOverdue: 278 }]],
    ]);
  });

  it('shows SOF’s promised and realised savings for 2026 on the dashboard', async () => {
    const found = await t.services.followUpDashboard({ user: secretariat });
    if (!found.ok) throw new Error(problemMessage(found.problem, 'da'));
    const dashboard = presentDashboard(found.value);
    expect(dashboard.priceLevelYear).toBe(2025);
    const sof = dashboard.byAdministration.find((a) => a.administration === 'SOF')!;
    expect(sof.years.find((y) => y.year === 2026)).toEqual({
      year: 2026,
      planned: 4337.053,
      realised: 1929.745,
      plannedReported: 4337.053,
      percent: 44.5,
      reported: 2,
      proposals: 3,
      target: null,
    });
  });

  it('tells BC01 its savings are likely 44,5 % of promised, resting on the two that reported', async () => {
    const found = await t.services.realismOf({ proposalId: await idOf('BC01'), user: secretariat });
    if (!found.ok) throw new Error(problemMessage(found.problem, 'da'));
    expect(presentRealism(found.value).ratio).toEqual({
      basis: 'all',
      administration: null,
      kind: null,
      realised: 1929.745,
      promised: 4337.053,
      percent: 44.5,
      proposals: 2,
    });
  });

  it('adds nothing on a restart', async () => {
    expect(await recordDemoRealised(t.access)).toEqual({ recorded: 0 });
  });
});
