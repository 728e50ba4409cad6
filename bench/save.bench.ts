// A proposal save as the web app makes it, end to end on embedded PGlite: PUT /api/proposals/:id
// with its access check, validation, the new version, the audit entry and the answer; and reading
// it (GET). Both against the same signed-in user's GET /api/health in the same run, which does
// only the session lookup, so runs on different code compare by their ratios. Each save changes
// one Tabel 1 cell, as a user editing the table does.
import { demoAdministrations, demoProposals } from '../src/server/demo/index.ts';
import { benchApp } from './app.ts';
import { median, type BenchModule, type BenchRow } from './lib.ts';

const SAVES = 300;

export const save: BenchModule = {
  name: 'save',
  async run(): Promise<BenchRow[]> {
    const bench = await benchApp('secretariat', (access) =>
      access.reference.insertMissing({
        administrations: demoAdministrations,
        committees: [],
        rounds: [],
        hearingBodies: [],
        submissionRules: [],
        pools: [],
      }),
    );
    const { app, headers } = bench;
    try {
      const source = demoProposals[0]!;
      const created = await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers,
        payload: {
          ...source,
          committee: null,
          roundId: null,
          code: null,
          financeApproval: undefined,
          hearings: [],
        },
      });
      if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
      const proposal = created.json<{ id: string; version: number } & Record<string, unknown>>();
      const { id, createdAt: _c, updatedAt: _u, status: _s, ...body } = proposal;
      const economy = body.economy as { rows: { values: (number | null)[] }[] };
      let version = proposal.version;

      // Alternating, so both see the same growing tables and the same warm caches.
      const saves: number[] = [];
      const reads: number[] = [];
      const healths: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        const rows = economy.rows.map((row, r) =>
          r === 0 ? { ...row, values: row.values.map((v, y) => (y === 0 ? i : v)) } : row,
        );
        let start = performance.now();
        const saved = await app.inject({
          method: 'PUT',
          url: `/api/proposals/${id}`,
          headers,
          payload: { ...body, economy: { ...economy, rows }, version },
        });
        saves.push(performance.now() - start);
        if (saved.statusCode !== 200) throw new Error(`save: ${saved.body}`);
        version++;
        start = performance.now();
        const read = await app.inject({ url: `/api/proposals/${id}`, headers });
        reads.push(performance.now() - start);
        if (read.statusCode !== 200) throw new Error(`read: ${read.body}`);
        start = performance.now();
        await app.inject({ url: '/api/health', headers });
        healths.push(performance.now() - start);
      }
      const health = median(healths);
      const row = (metric: string, value: number): BenchRow => ({
        metric: `${metric} (median of ${SAVES}) vs GET /api/health signed in`,
        value,
        unit: 'ms',
        baseline: health,
        ratio: value / health,
      });
      return [
        row(
          'PUT /api/proposals/:id, one Tabel 1 cell changed, with its audit entry',
          median(saves),
        ),
        row('GET /api/proposals/:id', median(reads)),
      ];
    } finally {
      await bench.close();
    }
  },
};
