// The round overview the secretariat opens (GET /api/rounds/:id/overview) for a round of 1.000
// proposals at three price levels under nested pools, on embedded PGlite and on the PostgreSQL
// server: median time against the same user's GET /api/health in the same run. The domain's
// computation alone is in the documents benchmark.
import { proposalContentInput } from '../src/shared/proposal-schema.ts';
import { givenRules } from '../src/server/decisions/test-round.ts';
import { proposals } from '../src/server/db/schema.ts';
import { demoPriceIndices, demoProposals } from '../src/server/demo/index.ts';
import { benchApp, dropServerDatabase, freshServerDatabase, healthMilliseconds } from './app.ts';
import type { DatabaseOptions } from '../src/server/db/database.ts';
import { median, type BenchModule, type BenchRow } from './lib.ts';

const PROPOSALS = 1000;
const REPEATS = 30;
const ROUND = 'bench-ofs';
const SERVER_DATABASE = 'puljer_bench_overview';
const ADMINISTRATIONS = ['KFF', 'BUF', 'SUF', 'SOF', 'TMF', 'BIF', 'ØKF'];
const COMMITTEES = ['BUU', 'SUU', 'ØU'];

/** Demo proposals over and over, each with a code, a forvaltning and a committee of its own. */
function generated() {
  const contents = demoProposals.map((p) => proposalContentInput.parse(p));
  return Array.from({ length: PROPOSALS }, (_, i) => {
    const source = contents[i % contents.length]!;
    return {
      ...source,
      code: `BC${String(i + 1).padStart(4, '0')}`,
      roundId: ROUND,
      leadAdministration: ADMINISTRATIONS[i % ADMINISTRATIONS.length]!,
      affectedAdministrations: [],
      committee: COMMITTEES[i % COMMITTEES.length]!,
    };
  });
}

/** Median milliseconds of the overview request and of the health request, on `database`. */
async function measured(
  contents: ReturnType<typeof generated>,
  database: DatabaseOptions,
): Promise<{ api: number; health: number }> {
  const bench = await benchApp(
    'secretariat',
    async (access) => {
      await access.reference.insertMissing({
        administrations: ADMINISTRATIONS.map((code) => ({ code, name: `Forvaltning ${code}` })),
        committees: COMMITTEES.map((code) => ({ code, name: `Udvalg ${code}` })),
        rounds: [{ id: ROUND, name: 'OFS bench', kind: 'ofs', year: 2026 }],
        hearingBodies: [],
        submissionRules: [],
        pools: [],
        priceIndices: demoPriceIndices,
      });
      await givenRules(access, ROUND);
      await access.transaction(async (tx) => {
        for (const content of contents) await tx.proposals.insert(content);
      });
      await access.db.update(proposals).set({ status: 'submitted' });
    },
    database,
  );
  try {
    const url = `/api/rounds/${ROUND}/overview`;
    const first = await bench.app.inject({ url, headers: bench.headers });
    if (first.statusCode !== 200) throw new Error(`overview: ${first.body}`);
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      await bench.app.inject({ url, headers: bench.headers });
      times.push(performance.now() - start);
    }
    return { api: median(times), health: await healthMilliseconds(bench, REPEATS) };
  } finally {
    await bench.close();
  }
}

export const overview: BenchModule = {
  name: 'overview',
  async run(): Promise<BenchRow[]> {
    const contents = generated();
    const rows: BenchRow[] = [];
    const server = await freshServerDatabase(SERVER_DATABASE);
    const targets: [string, DatabaseOptions | null][] = [
      ['PGlite', { driver: 'pglite', dataDir: null }],
      ['PostgreSQL', server],
    ];
    try {
      for (const [name, database] of targets) {
        if (!database) continue;
        const figures = await measured(contents, database);
        rows.push({
          metric: `GET /api/rounds/:id/overview on ${name}, ${PROPOSALS} proposals, median of ${REPEATS} vs GET /api/health signed in`,
          value: figures.api,
          unit: 'ms',
          baseline: figures.health,
          ratio: figures.api / figures.health,
        });
      }
    } finally {
      if (server) await dropServerDatabase(SERVER_DATABASE);
    }
    return rows;
  },
};
