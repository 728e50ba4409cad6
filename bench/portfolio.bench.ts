// The optimal portfolio against the simple choice (rank, then fund until the money runs out):
// 1.000 proposals over 6 years drawing on 3 nested pools, solved by HiGHS to a proven optimum.
import { toCandidate, type ProposalForPortfolio } from '../src/domain/portfolio/candidates.ts';
import { buildModel, greedy, objectiveOf } from '../src/domain/portfolio/model.ts';
import type { Kroner } from '../src/domain/money.ts';
import type { ProposalKind } from '../src/domain/proposal.ts';
import type { Pool, RoundRules } from '../src/domain/rounds/rules.ts';
import { solve } from '../src/server/portfolio/solver.ts';
import { typicalTable } from './economics.bench.ts';
import { median, medianMilliseconds, seededRandom, type BenchModule } from './lib.ts';

const PROPOSALS = 1_000;
const REPEATS = 3;
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

function pool(
  key: string,
  parentKey: string | null,
  kinds: ProposalKind[],
  millions: number,
): Pool {
  return {
    key,
    name: key,
    parentKey,
    kinds,
    budgets: YEARS.map((year) => ({
      year,
      amount: (millions * 1_000_000) as Kroner,
      serviceLimit: null,
      anlaegLimit: null,
    })),
  };
}

// SPEC.md section 3's pools: 375 mio. in all, of which 15 for innovation, of which 4 for
// pre-analyses.
const RULES: Pick<RoundRules, 'pools' | 'caps'> = {
  pools: [
    pool('total', null, ['investeringsforslag'], 375),
    pool('innovation', 'total', ['innovationsforslag'], 15),
    pool('foranalyse', 'innovation', ['foranalyse'], 4),
  ],
  caps: { foranalyse: null, innovationsforslag: null, investeringsforslag: null },
};

function round(): ProposalForPortfolio[] {
  const random = seededRandom(12);
  return Array.from({ length: PROPOSALS }, (_, i) => {
    const draw = random();
    const kind: ProposalKind =
      draw < 0.8 ? 'investeringsforslag' : draw < 0.95 ? 'innovationsforslag' : 'foranalyse';
    return {
      id: `p${i}`,
      code: `BC${i}`,
      title: `Forslag ${i}`,
      kind,
      table: { priceLevelYear: 2026, years: YEARS, rows: typicalTable(random).rows },
      requires: [],
      weightedScore: Math.floor(random() * 100),
    };
  });
}

export const portfolio: BenchModule = {
  name: 'portfolio',
  async run() {
    const candidates = round().map((p) => toCandidate(p, RULES, 'net_savings'));
    const model = buildModel(candidates, RULES, { in: [], out: [] });
    let simple = new Set<number>();
    const greedyMs = medianMilliseconds(REPEATS, () => {
      simple = greedy(model);
    });
    const times: number[] = [];
    let proven = true;
    let best = new Set<number>();
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      const result = await solve(model, { timeLimitSeconds: 60 });
      times.push(performance.now() - start);
      proven &&= result.proven;
      best = result.chosen ?? new Set();
    }
    const optimum = objectiveOf(model, best);
    const simpleValue = objectiveOf(model, simple);
    return [
      {
        metric: `optimal portfolio, ${PROPOSALS} proposals × 6 years × 3 nested pools (${proven ? 'proven optimal' : 'NOT proven'})`,
        value: Math.round(median(times)),
        unit: 'ms',
        baseline: Math.round(greedyMs * 100) / 100,
        ratio: Math.round((median(times) / greedyMs) * 10) / 10,
      },
      {
        metric: 'net savings of the optimum against rank-and-fund, thousand kroner',
        value: Math.round(optimum / 1000),
        unit: 't.kr.',
        baseline: Math.round(simpleValue / 1000),
        ratio: Math.round((optimum / simpleValue) * 1000) / 1000,
      },
    ];
  },
};
