import type { Kroner } from '../domain/money.ts';
import type { EconomicRow } from '../domain/proposal.ts';
import type { TableItem, TableRead, TotalScope } from './economic-table.ts';
import { excerpt } from './lines.ts';
import type { Unread } from './types.ts';

// A row of Tabel 1 prints only its non-empty cells, so "Service 400 800 800" in a six-year
// table could stand in any three of the six columns. This file chooses, for every row and every
// stated subtotal at once, the columns that make the most stated subtotals add up, and among
// equally good choices the one the layout suggests: the whitespace the extraction left where the
// empty cells were, and the usual pattern (implementation costs from the first year, lasting
// changes running to the last). A choice that neither the subtotals nor the layout settle is
// reported, not made silently.

export interface PlacedTotal {
  label: string;
  scope: TotalScope | null;
  values: (Kroner | null)[];
}

export interface Placement {
  rows: EconomicRow[];
  totals: PlacedTotal[];
  unread: Unread[];
}

/** How much one stated subtotal that adds up outweighs the layout's hints. */
const MATCH_WEIGHT = 10;
/** Below this difference in layout cost two placements count as equally likely. */
const CLEAR_MARGIN = 0.5;
const EXHAUSTIVE_LIMIT = 20_000;
const MAX_CANDIDATES = 400;

function combinations(n: number, k: number): number[][] {
  const result: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number) => {
    if (result.length > MAX_CANDIDATES) return;
    if (pick.length === k) {
      result.push([...pick]);
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return result;
}

interface Layout {
  years: number;
  separator: number;
  areaColumn: boolean;
}

/** How far a placement is from what the whitespace and the usual pattern suggest. */
function layoutCost(item: TableItem, positions: readonly number[], layout: Layout): number {
  const { years: n, separator } = layout;
  const k = positions.length;
  if (k === 0) return 0;
  let cost = 0;
  // Each empty cell left about one separator's width of whitespace. Single-space layouts also
  // pad every cell, which makes the gap before a value less telling than the space after it.
  const weight = separator >= 2 ? 1 : 0.5;
  item.cells.forEach((cell, i) => {
    if (cell.gapBefore === null || i >= k) return;
    let observed = Math.round((cell.gapBefore - separator) / separator);
    if (i === 0 && !item.areaBeforeFirstValue && layout.areaColumn) observed -= 1;
    observed = Math.max(0, observed);
    const expected = i === 0 ? positions[0]! : positions[i]! - positions[i - 1]! - 1;
    cost += weight * Math.abs(observed - expected);
  });
  const first = positions[0]!;
  const last = positions[k - 1]!;
  if (separator === 1 && item.trail !== null) {
    cost += Math.abs(Math.max(0, item.trail - 1) - (n - 1 - last));
  }
  const section = item.type === 'row' ? item.section : item.scope?.section;
  if (section === 'implementation' || section === 'loan') cost += 0.3 * first;
  if (section === 'lasting') cost += 0.3 * (n - 1 - last);
  cost += 0.2 * (last - first + 1 - k);
  return cost;
}

function belongs(row: TableItem, scope: TotalScope): boolean {
  if (row.type !== 'row') return false;
  if (scope.section !== 'all' && row.section !== scope.section) return false;
  return scope.area === null || (row.area ?? 'service') === scope.area;
}

interface Candidate {
  positions: number[];
  vector: number[];
  cost: number;
}

export function placeCells(read: TableRead): Placement {
  const n = read.years.length;
  const unread: Unread[] = [];
  const items = read.items.map((item) => {
    if (item.cells.length <= n) return item;
    unread.push({
      field: `economy.rows.${item.label}`,
      reason: `Rækken har ${item.cells.length} tal, men tabellen har ${n} år; de sidste er udeladt`,
      excerpt: excerpt(item.lines),
    });
    return { ...item, cells: item.cells.slice(0, n) };
  });
  const layout: Layout = {
    years: n,
    separator: read.separator,
    areaColumn: items.some((item) => item.area !== null),
  };

  const candidates: Candidate[][] = items.map((item) => {
    const k = item.cells.length;
    const all = k === n ? [Array.from({ length: n }, (_, i) => i)] : combinations(n, k);
    return all
      .map((positions) => {
        const vector = new Array<number>(n).fill(0);
        positions.forEach((p, i) => (vector[p] = item.cells[i]!.value ?? 0));
        return { positions, vector, cost: layoutCost(item, positions, layout) };
      })
      .sort((a, b) => a.cost - b.cost);
  });

  const constraints = items.flatMap((item, t) => {
    if (item.type !== 'total' || !item.scope) return [];
    const scope = item.scope;
    const members = items.flatMap((row, r) => (belongs(row, scope) ? [r] : []));
    return [{ total: t, members }];
  });

  const matches = (choice: readonly number[]): number => {
    let count = 0;
    for (const { total, members } of constraints) {
      const stated = candidates[total]![choice[total]!]!.vector;
      for (let y = 0; y < n; y++) {
        let sum = 0;
        for (const m of members) sum += candidates[m]![choice[m]!]!.vector[y]!;
        if (sum === stated[y]) count++;
      }
    }
    return count;
  };
  const cost = (choice: readonly number[]): number =>
    choice.reduce((acc, c, i) => acc + candidates[i]![c]!.cost, 0);
  const score = (choice: readonly number[]) => MATCH_WEIGHT * matches(choice) - cost(choice);

  // Placements that put the same amounts in the same years (zeros anywhere) are one reading.
  const differs = (i: number, a: number, b: number) =>
    candidates[i]![a]!.vector.some((value, y) => value !== candidates[i]![b]!.vector[y]);

  const free = candidates.flatMap((list, i) => (list.length > 1 ? [i] : []));
  const space = free.reduce((acc, i) => acc * candidates[i]!.length, 1);
  let best = candidates.map(() => 0);
  const undecided = new Set<number>();

  if (constraints.length > 0 && space <= EXHAUSTIVE_LIMIT) {
    const all: { choice: number[]; matches: number; cost: number }[] = [];
    const choice = candidates.map(() => 0);
    for (let step = 0; step < space; step++) {
      let rest = step;
      for (const i of free) {
        choice[i] = rest % candidates[i]!.length;
        rest = Math.floor(rest / candidates[i]!.length);
      }
      all.push({ choice: [...choice], matches: matches(choice), cost: cost(choice) });
    }
    const top = Math.max(...all.map((a) => a.matches));
    const tied = all.filter((a) => a.matches === top).sort((a, b) => a.cost - b.cost);
    best = tied[0]!.choice;
    const bestCost = tied[0]!.cost;
    for (const i of free) {
      const rival = tied.find((a) => differs(i, a.choice[i]!, best[i]!));
      if (rival && rival.cost - bestCost < CLEAR_MARGIN) undecided.add(i);
    }
  } else {
    // Too many combinations to try them all: climb from the layout's first choice, one row at
    // a time, then ask of each row whether another placement would do as well.
    let current = score(best);
    for (let round = 0; round < 25; round++) {
      let improved = false;
      for (const i of free) {
        for (let c = 0; c < candidates[i]!.length; c++) {
          if (c === best[i]) continue;
          const trial = [...best];
          trial[i] = c;
          const value = score(trial);
          if (value > current + 1e-9) {
            best = trial;
            current = value;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
    const bestMatches = matches(best);
    const bestCost = cost(best);
    for (const i of free) {
      for (let c = 0; c < candidates[i]!.length; c++) {
        if (!differs(i, c, best[i]!)) continue;
        const trial = [...best];
        trial[i] = c;
        if (matches(trial) >= bestMatches && cost(trial) - bestCost < CLEAR_MARGIN) {
          undecided.add(i);
          break;
        }
      }
    }
  }

  for (const i of undecided) {
    const item = items[i]!;
    const chosen = candidates[i]![best[i]!]!.positions.map((p) => read.years[p]).join(', ');
    unread.push({
      field: `economy.rows.${item.label}`,
      reason:
        `Det er uklart, hvilke år rækkens ${item.cells.length} tal hører til; ` +
        `hverken subtotaler eller opstilling afgør det (læst som ${chosen})`,
      excerpt: excerpt(item.lines),
    });
  }

  const placedValues = (i: number): (Kroner | null)[] => {
    const values = new Array<Kroner | null>(n).fill(null);
    const positions = candidates[i]![best[i]!]?.positions ?? [];
    positions.forEach((p, c) => (values[p] = items[i]!.cells[c]!.value));
    return values;
  };

  const rows: EconomicRow[] = [];
  const totals: PlacedTotal[] = [];
  items.forEach((item, i) => {
    if (item.type === 'total') {
      totals.push({ label: item.label, scope: item.scope, values: placedValues(i) });
      return;
    }
    if (item.area === null) {
      unread.push({
        field: `economy.rows.${item.label}`,
        reason: 'Rækken har intet styringsområde; læst som Service',
        excerpt: excerpt(item.lines),
      });
    }
    rows.push({
      label: item.label,
      section: item.section ?? 'implementation',
      area: item.area ?? 'service',
      values: placedValues(i),
    });
  });
  return { rows, totals, unread };
}
