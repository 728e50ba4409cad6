import { sectionTotals } from '../economics/evaluate.ts';
import type { Kroner } from '../money.ts';
import type { EconomicRow, EconomicTable, ProposalKind } from '../proposal.ts';
import type { GrantedYear } from './decisions.ts';
import type { RoundRules } from './rules.ts';

// A granted proposal's plan: Tabel 1 as decided. The pool pays the implementation costs, so
// what was asked per year is the implementation total of that year. When the political body
// grants less, or other years, the implementation rows of each year are shared out over the
// granted amount in proportion to what each row asked (largest remainder, so every year sums
// to exactly the granted kroner); the lasting changes stay as promised.

/** What the proposal asks the pool for, per year of its table (implementation costs). */
export function askedPerYear(table: EconomicTable): GrantedYear[] {
  const { implementation } = sectionTotals(table);
  return table.years.map((year, i) => ({ year, amount: implementation.total[i]! }));
}

/**
 * `total` shared out in proportion to `weights` (all >= 0, sum > 0) in whole kroner: each gets
 * the floor of its exact share, and the kroner left go to the largest remainders, first row
 * first on a tie, so the shares always add up to `total`.
 */
export function apportion(total: Kroner, weights: readonly bigint[]): Kroner[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const magnitude = t < 0n ? -t : t;
  const floors = weights.map((w) => (magnitude * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (magnitude * w) % sum }));
  let left = magnitude - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(t < 0n ? -f : f) as Kroner);
}

const positive = (v: Kroner | null | undefined): bigint => BigInt(Math.max(v ?? 0, 0));

/** The contiguous years from the table's first to the last granted or table year. */
function planYears(table: EconomicTable, granted: readonly GrantedYear[]): number[] {
  const all = [...table.years, ...granted.map((g) => g.year)];
  if (all.length === 0) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Tabel 1 as decided: the implementation rows carry exactly the granted amount of each year
 * (nothing in a year not granted), in proportion to what each row asked that year, or, in a
 * year nothing was asked for (the grant moved to another year), to what each row asked in all.
 * A year granted as asked keeps its cells as they were. The table grows to hold granted years
 * beyond it; the lasting changes and loan rows are kept.
 */
export function decidedTable(table: EconomicTable, granted: readonly GrantedYear[]): EconomicTable {
  const years = planYears(table, granted);
  const at = (row: EconomicRow, year: number): Kroner | null => {
    const i = table.years.indexOf(year);
    return i === -1 ? null : (row.values[i] ?? null);
  };
  const rows: EconomicRow[] = table.rows.map((row) => ({
    ...row,
    values: years.map((year) => at(row, year)),
  }));
  const implementation = rows.flatMap((row, i) =>
    row.section === 'implementation' ? [{ row, i }] : [],
  );
  const asked = new Map(askedPerYear(table).map((a) => [a.year, a.amount]));
  const grantedIn = new Map(granted.map((g) => [g.year, g.amount]));
  if (implementation.length === 0 && granted.some((g) => g.amount !== 0)) {
    const row: EconomicRow = {
      label: 'Bevilget af puljen',
      section: 'implementation',
      area: 'service',
      values: years.map(() => null),
    };
    rows.push(row);
    implementation.push({ row, i: rows.length - 1 });
  }
  const overall = implementation.map(({ row }) =>
    row.values.reduce<bigint>((sum, v) => sum + positive(v), 0n),
  );

  years.forEach((year, column) => {
    const amount = grantedIn.get(year) ?? (0 as Kroner);
    if (amount === (asked.get(year) ?? 0)) return;
    const cells = implementation.map(({ row }) => row.values[column]);
    let weights = cells.map(positive);
    if (weights.every((w) => w === 0n)) weights = overall;
    if (weights.every((w) => w === 0n)) weights = implementation.map((_, i) => (i === 0 ? 1n : 0n));
    const shares = amount === 0 ? weights.map(() => null) : apportion(amount, weights);
    implementation.forEach(({ row }, i) => {
      const share = shares[i] ?? null;
      row.values[column] = share === 0 && cells[i] == null ? null : share;
    });
  });
  return { ...table, years, rows };
}

/** Where the decided table's implementation totals differ from the granted amounts, or null. */
export function planMismatch(
  table: EconomicTable,
  granted: readonly GrantedYear[],
): { year: number; planned: Kroner; granted: Kroner } | null {
  const grantedIn = new Map(granted.map((g) => [g.year, g.amount]));
  const planned = askedPerYear(table);
  for (const year of new Set([...planned.map((p) => p.year), ...grantedIn.keys()])) {
    const p = planned.find((x) => x.year === year)?.amount ?? (0 as Kroner);
    const g = grantedIn.get(year) ?? (0 as Kroner);
    if (p !== g) return { year, planned: p, granted: g };
  }
  return null;
}

/** The innermost pool that lists the kind: the one a proposal of that kind draws on. */
export function poolForKind(rules: Pick<RoundRules, 'pools'>, kind: ProposalKind): string | null {
  const listing = rules.pools.filter((pool) => pool.kinds.includes(kind));
  const depth = (key: string | null): number => {
    let d = 0;
    // Bounded by the number of pools, so rules with a cycle cannot hang the caller.
    for (let k = key; k !== null && d <= rules.pools.length; d++) {
      k = rules.pools.find((p) => p.key === k)?.parentKey ?? null;
    }
    return d;
  };
  const [innermost] = listing.sort((a, b) => depth(b.key) - depth(a.key));
  return innermost?.key ?? null;
}
