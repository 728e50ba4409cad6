import type { Kroner } from '../money.ts';
import type { Pool, RoundRules } from '../rounds/rules.ts';
import type { Candidate } from './candidates.ts';

// The portfolio choice as a 0-1 program: one variable per proposal, maximise the chosen
// objective, subject to every pool's budget in every year (a proposal draws on its pool and on
// every pool around it), the service and anlæg limits where set, the dependencies and what the
// user forces in or out. The program is written as CPLEX LP text, the solver's input; the
// domain only builds it and checks a chosen set against the same constraints, exactly.

export interface Forced {
  in: readonly string[];
  out: readonly string[];
}

export type Measure = 'total' | 'service' | 'anlaeg';

/** One budget line: what the proposals drawing on a pool may together ask for in a year. */
export interface Constraint {
  poolKey: string;
  poolName: string;
  year: number;
  measure: Measure;
  limit: Kroner;
  /** Per candidate index, what it asks of this line (0 where nothing). */
  uses: Map<number, Kroner>;
}

export interface PortfolioModel {
  candidates: readonly Candidate[];
  constraints: Constraint[];
  /** Candidate indices that may not be chosen: forced out, over their cap, or without a pool. */
  excluded: Set<number>;
  forcedIn: Set<number>;
  /** [dependent, required] index pairs among the round's proposals. */
  dependencies: [number, number][];
}

/** A pool and the pools around it, innermost first. */
export function poolChain(pools: readonly Pool[], key: string): Pool[] {
  const chain: Pool[] = [];
  for (let pool = pools.find((p) => p.key === key); pool && !chain.includes(pool);) {
    chain.push(pool);
    const parent = pool.parentKey;
    pool = parent === null ? undefined : pools.find((p) => p.key === parent);
  }
  return chain;
}

export function buildModel(
  candidates: readonly Candidate[],
  rules: Pick<RoundRules, 'pools'>,
  forced: Forced,
): PortfolioModel {
  const index = new Map(candidates.map((c, i) => [c.id, i]));
  const forcedIn = new Set(forced.in.flatMap((id) => index.get(id) ?? []));
  const excluded = new Set<number>();
  candidates.forEach((c, i) => {
    if (forcedIn.has(i)) return;
    if (forced.out.includes(c.id) || c.overCap || c.poolKey === null) excluded.add(i);
  });

  const lines = new Map<string, Constraint>();
  const line = (pool: Pool, year: number, measure: Measure, limit: Kroner | null) => {
    if (limit === null) return null;
    const key = `${pool.key}|${year}|${measure}`;
    let found = lines.get(key);
    if (!found) {
      found = { poolKey: pool.key, poolName: pool.name, year, measure, limit, uses: new Map() };
      lines.set(key, found);
    }
    return found;
  };
  // Every budget line exists even when no proposal uses it, so a what-if always shows it.
  for (const pool of rules.pools) {
    for (const b of pool.budgets) {
      line(pool, b.year, 'total', b.amount);
      line(pool, b.year, 'service', b.serviceLimit);
      line(pool, b.year, 'anlaeg', b.anlaegLimit);
    }
  }
  candidates.forEach((c, i) => {
    if (c.poolKey === null) return;
    for (const pool of poolChain(rules.pools, c.poolKey)) {
      for (const cost of c.costs) {
        for (const measure of ['total', 'service', 'anlaeg'] as const) {
          const constraint = lines.get(`${pool.key}|${cost.year}|${measure}`);
          if (constraint && cost[measure] !== 0) constraint.uses.set(i, cost[measure]);
        }
      }
    }
  });

  const dependencies: [number, number][] = [];
  candidates.forEach((c, i) => {
    for (const required of c.requires) {
      const j = index.get(required);
      if (j !== undefined && j !== i) dependencies.push([i, j]);
    }
  });
  return { candidates, constraints: [...lines.values()], excluded, forcedIn, dependencies };
}

const variable = (i: number) => `x${i}`;

function terms(coefficients: Iterable<[number, number]>): string {
  const parts: string[] = [];
  for (const [i, a] of coefficients) {
    if (a === 0) continue;
    parts.push(`${a < 0 ? '-' : '+'} ${Math.abs(a)} ${variable(i)}`);
  }
  return parts.length === 0 ? '0 x0' : parts.join(' ');
}

/** The model as CPLEX LP text, for the solver. */
export function toLpText(model: PortfolioModel): string {
  const n = model.candidates.length;
  const objective = terms(model.candidates.map((c, i) => [i, c.value]));
  const rows: string[] = [];
  model.constraints.forEach((c, r) => {
    if (c.uses.size > 0) rows.push(` c${r}: ${terms(c.uses)} <= ${c.limit}`);
  });
  model.dependencies.forEach(([i, j], r) =>
    rows.push(` d${r}: ${variable(i)} - ${variable(j)} <= 0`),
  );
  const bounds = Array.from({ length: n }, (_, i) => {
    if (model.forcedIn.has(i)) return ` ${variable(i)} = 1`;
    if (model.excluded.has(i)) return ` ${variable(i)} = 0`;
    return ` 0 <= ${variable(i)} <= 1`;
  });
  return [
    'Maximize',
    ` value: ${n === 0 ? '0 x0' : objective}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' none: 0 x0 >= 0']),
    'Bounds',
    ...(n > 0 ? bounds : [' x0 = 0']),
    'Binaries',
    ` ${n > 0 ? Array.from({ length: n }, (_, i) => variable(i)).join(' ') : 'x0'}`,
    'End',
  ].join('\n');
}

/** A budget line a chosen set breaks, with what it asks of it. */
export interface Breach {
  constraint: Constraint;
  used: Kroner;
}

/** What the chosen proposals together ask of a budget line. */
export function usedBy(constraint: Constraint, chosen: ReadonlySet<number>): Kroner {
  let used = 0;
  for (const [i, amount] of constraint.uses) if (chosen.has(i)) used += amount;
  return used as Kroner;
}

export function breaches(model: PortfolioModel, chosen: ReadonlySet<number>): Breach[] {
  return model.constraints
    .map((constraint) => ({ constraint, used: usedBy(constraint, chosen) }))
    .filter((b) => b.used > b.constraint.limit);
}

/** Why a dependency cannot hold: a forced-in proposal needs one that is excluded. */
export interface UnmetDependency {
  dependent: number;
  required: number;
}

export function unmetDependencies(
  model: PortfolioModel,
  chosen: ReadonlySet<number>,
): UnmetDependency[] {
  return model.dependencies
    .filter(([i, j]) => chosen.has(i) && !chosen.has(j))
    .map(([dependent, required]) => ({ dependent, required }));
}

/**
 * Why the forced-in proposals cannot all be chosen, if they cannot: the budget lines they break
 * by themselves, and the proposals they need that are forced out or cannot be chosen.
 */
export function infeasibility(model: PortfolioModel): {
  breaches: Breach[];
  dependencies: UnmetDependency[];
} {
  const closure = new Set(model.forcedIn);
  for (let grew = true; grew;) {
    grew = false;
    for (const [i, j] of model.dependencies) {
      if (closure.has(i) && !closure.has(j) && !model.excluded.has(j)) {
        closure.add(j);
        grew = true;
      }
    }
  }
  return {
    breaches: breaches(model, closure),
    dependencies: unmetDependencies(model, closure),
  };
}

export const objectiveOf = (model: PortfolioModel, chosen: ReadonlySet<number>): number =>
  [...chosen].reduce((sum, i) => sum + model.candidates[i]!.value, 0);

/**
 * The simple choice: the forced-in proposals, then the rest by worth, best first (ties by code),
 * each funded when its requirements are in and every budget line still holds it.
 */
export function greedy(model: PortfolioModel): Set<number> {
  const chosen = new Set(model.forcedIn);
  const order = model.candidates
    .map((c, i) => i)
    .filter((i) => !chosen.has(i) && !model.excluded.has(i) && model.candidates[i]!.value > 0)
    .sort((a, b) => {
      const ca = model.candidates[a]!;
      const cb = model.candidates[b]!;
      return cb.value - ca.value || (ca.code ?? ca.id).localeCompare(cb.code ?? cb.id, 'da');
    });
  const used = model.constraints.map((c) => {
    let sum = 0;
    for (const [i, amount] of c.uses) if (chosen.has(i)) sum += amount;
    return sum;
  });
  for (const i of order) {
    if (model.dependencies.some(([d, r]) => d === i && !chosen.has(r))) continue;
    const fits = model.constraints.every((c, r) => used[r]! + (c.uses.get(i) ?? 0) <= c.limit);
    if (!fits) continue;
    chosen.add(i);
    model.constraints.forEach((c, r) => (used[r]! += c.uses.get(i) ?? 0));
  }
  return chosen;
}
