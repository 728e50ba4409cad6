import loadHighs from 'highs';
import { toLpText, type PortfolioModel } from '../../domain/portfolio/model.ts';

// The portfolio's 0-1 program solved by HiGHS (compiled to WebAssembly, loaded once per process).
// The relative gap is set to zero, so "Optimal" means the solver proved no better set exists;
// a time limit keeps a request bounded, and then the best set found is returned unproven.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let loaded: Promise<Highs> | null = null;

export interface SolverResult {
  /** Chosen candidate indices; null when no feasible set exists. */
  chosen: Set<number> | null;
  /** The solver proved the set optimal (or proved that none exists). */
  proven: boolean;
  status: string;
}

export async function solve(
  model: PortfolioModel,
  options: { timeLimitSeconds?: number } = {},
): Promise<SolverResult> {
  loaded ??= loadHighs();
  const highs = await loaded;
  const result = highs.solve(toLpText(model), {
    output_flag: false,
    mip_rel_gap: 0,
    time_limit: options.timeLimitSeconds ?? 10,
  });
  if (result.Status === 'Infeasible') return { chosen: null, proven: true, status: result.Status };
  const hasSolution =
    result.Status === 'Optimal' ||
    result.Status === 'Time limit reached' ||
    result.Status === 'Iteration limit reached';
  if (!hasSolution) return { chosen: null, proven: false, status: result.Status };
  const chosen = new Set<number>();
  model.candidates.forEach((_, i) => {
    const column = result.Columns[`x${i}`];
    if (column && 'Primal' in column && column.Primal > 0.5) chosen.add(i);
  });
  return { chosen, proven: result.Status === 'Optimal', status: result.Status };
}
