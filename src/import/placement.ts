import { cumulativeSum, paybackYear } from '../domain/economics/index.ts';
import type { Kroner } from '../domain/money.ts';
import type { EconomicRow, TotalScope } from '../domain/proposal.ts';
import type { AlternativeReason } from './cells.ts';
import { yearSpacing, type Cell, type TableItem, type TableRead } from './economic-table.ts';
import { excerpt } from './lines.ts';
import type { Unread } from './types.ts';

// A row of Tabel 1 prints only its non-empty cells, so "Service 400 800 800" in a six-year
// table could stand in any three of the six columns. This file chooses, for every row and every
// stated subtotal at once, the columns that make the most stated subtotals add up, and among
// equally good choices the one the layout suggests: the whitespace the extraction left where the
// empty cells were, and the usual pattern (implementation costs from the first year, lasting
// changes running to the last). A choice that neither the subtotals nor the layout settle is
// reported, not made silently.

const READ_AS: Record<AlternativeReason, string> = {
  'empty-not-minus': 'En streg foran et tal er læst som en tom celle, ikke som minus',
  separator: 'En streg eller et tegn før tallene er læst som skilletegn, ikke som et tomt år',
  'empty-year': 'Et tegn før tallene er læst som et tomt år',
  glued: 'To sammenskrevne tal er delt anderledes end det mest nærliggende',
};

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
/** Search nodes one placement may visit; tables of real proposals need a few thousand. */
const SEARCH_BUDGET = 200_000;
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
  /** Where the years end, when the figures stand right-aligned under them. */
  yearEnds: number[] | null;
  /**
   * The extraction may have left no room for empty cells: no figure stands further from the one
   * before than a column gap, though some row has fewer figures than years. Whitespace then says
   * little about which years are empty.
   */
  packed: boolean;
}

/**
 * What whitespace still counts for in a packed table: enough to choose between readings the
 * usual pattern leaves equal, too little to outweigh it (and the choice is then reported).
 */
const PACKED_GAP_WEIGHT = 0.1;

/**
 * Whether empty cells left no trace: a subtotal prints a 0 for the first year, so some row of
 * its is empty there, yet no row's figures stand further apart than a column gap.
 */
function isPacked(items: readonly TableItem[], n: number, separator: number): boolean {
  const short = items.some((item) => item.type === 'row' && item.cells.length < n);
  const emptyFirstYear = items.some((item) => {
    if (item.type !== 'total' || item.cells.length < n) return false;
    return item.cells[item.cells.length - n]!.value === 0;
  });
  // Subtotals print every year, and a placeholder in their area cell widens their first gap.
  const wide = items.some(
    (item) =>
      item.type === 'row' &&
      item.cells.some((cell) => cell.gapBefore !== null && cell.gapBefore > separator + 1),
  );
  return short && emptyFirstYear && !wide;
}

/** What a figure a year's width away from its year costs, in an aligned table. */
const MISALIGNED = 3;

/** What reading a row other than the likeliest costs: less than one subtotal cell adding up. */
const READING_COST = 1;
/** Readings of one row tried at most, the likeliest first. */
const MAX_READINGS = 32;

/** One way of reading a row's figures (cells.ts): its cells and the alternatives taken. */
interface Reading {
  cells: Cell[];
  taken: AlternativeReason[];
}

/** Every reading of the cells, the default first, then by how many alternatives they take. */
export function readingsOf(cells: readonly Cell[]): Reading[] {
  const readings: Reading[] = [];
  const walk = (at: number, chosen: Cell[], taken: AlternativeReason[]) => {
    if (readings.length >= MAX_READINGS * 4) return;
    if (at >= cells.length) {
      readings.push({ cells: chosen, taken });
      return;
    }
    const cell = cells[at]!;
    walk(at + 1, [...chosen, cell], taken);
    for (const alternative of cell.alternatives ?? []) {
      walk(
        at + alternative.span,
        [...chosen, ...alternative.cells],
        [...taken, alternative.reason],
      );
    }
  };
  walk(0, [], []);
  return readings.sort((a, b) => a.taken.length - b.taken.length).slice(0, MAX_READINGS);
}

/** How far the whitespace before each figure is from the empty cells a placement implies. */
function gapCost(
  item: TableItem,
  cells: readonly Cell[],
  positions: readonly number[],
  layout: Layout,
): number {
  const { separator } = layout;
  const k = positions.length;
  let cost = 0;
  // Each empty cell left about one separator's width of whitespace. Single-space layouts also
  // pad every cell, which makes the gap before a value less telling than the space after it.
  const weight = layout.packed ? PACKED_GAP_WEIGHT : separator >= 2 ? 1 : 0.5;
  cells.forEach((cell, i) => {
    if (cell.gapBefore === null || i >= k) return;
    // Not rounded: a gap halfway between one and two empty cells should leave the choice open.
    let observed = (cell.gapBefore - separator) / separator;
    if (i === 0 && !item.areaBeforeFirstValue && layout.areaColumn) observed -= 1;
    observed = Math.max(0, observed);
    const expected = i === 0 ? positions[0]! : positions[i]! - positions[i - 1]! - 1;
    cost += weight * Math.abs(observed - expected);
  });
  return cost;
}

/** How far a placement is from what the whitespace and the usual pattern suggest. */
function layoutCost(
  item: TableItem,
  cells: readonly Cell[],
  positions: readonly number[],
  layout: Layout,
): number {
  const { years: n, separator } = layout;
  const k = positions.length;
  if (k === 0) return 0;
  let cost = 0;
  const { yearEnds } = layout;
  if (yearEnds) {
    // Positions on the page say it outright; the gaps of right-aligned figures would mislead.
    const spacing = yearSpacing(yearEnds);
    cells.forEach((cell, i) => {
      if (cell.end === null || i >= k) return;
      cost += (MISALIGNED * Math.abs(cell.end - yearEnds[positions[i]!]!)) / spacing;
    });
  } else {
    cost += gapCost(item, cells, positions, layout);
  }
  const first = positions[0]!;
  const last = positions[k - 1]!;
  if (!yearEnds && separator === 1 && item.trail !== null) {
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
  reading: Reading;
  positions: number[];
  vector: number[];
  cost: number;
}

export function placeCells(read: TableRead): Placement {
  const n = read.years.length;
  const unread: Unread[] = [];
  const items = read.items;
  const readings = items.map((item) => {
    const fitting = readingsOf(item.cells).filter((reading) => reading.cells.length <= n);
    if (fitting.length > 0) return fitting;
    unread.push({
      field: `economy.rows.${item.label}`,
      reason: `Rækken har ${item.cells.length} tal, men tabellen har ${n} år; de sidste er udeladt`,
      excerpt: excerpt(item.lines),
    });
    return [{ cells: item.cells.slice(0, n), taken: [] }];
  });
  const layout: Layout = {
    years: n,
    separator: read.separator,
    yearEnds: read.yearEnds,
    areaColumn: items.some((item) => item.area !== null),
    packed: isPacked(items, n, read.separator),
  };

  const candidates: Candidate[][] = items.map((item, i) =>
    readings[i]!.flatMap((reading) => {
      const k = reading.cells.length;
      const all = k === n ? [Array.from({ length: n }, (_, p) => p)] : combinations(n, k);
      return all.map((positions) => {
        const vector = new Array<number>(n).fill(0);
        positions.forEach((p, c) => (vector[p] = reading.cells[c]!.value ?? 0));
        const cost =
          layoutCost(item, reading.cells, positions, layout) + READING_COST * reading.taken.length;
        return { reading, positions, vector, cost };
      });
    }).sort((a, b) => a.cost - b.cost),
  );

  const constraints: Constraint[] = items.flatMap((item, t) => {
    if (item.type !== 'total' || !item.scope) return [];
    const scope = item.scope;
    const members = items.flatMap((row, r) => (belongs(row, scope) ? [r] : []));
    return [{ total: t, members }];
  });

  // Placements that put the same amounts in the same years (zeros anywhere) are one reading.
  const differs = (i: number, a: number, b: number) =>
    candidates[i]![a]!.vector.some((value, y) => value !== candidates[i]![b]!.vector[y]);

  const problem = makeProblem(
    candidates,
    nestSubtotals(constraints, items),
    n,
    paybackCheck(items, candidates, read.payback, n),
  );
  const first = branchAndBound(problem, () => true, -Infinity, false);
  const best = first.choice;
  const undecided = new Set<number>();
  if (first.exhausted) {
    for (const i of problem.order) {
      // Is there a reading as good, up to the margin, that places this row differently?
      const rival = branchAndBound(
        problem,
        (item, c) => item !== i || differs(i, c, best[i]!),
        first.score - CLEAR_MARGIN,
        true,
      );
      if (rival.found || !rival.exhausted) undecided.add(i);
    }
  } else {
    unread.push({
      field: 'economy',
      reason:
        'Tabel 1 har for mange mulige placeringer af tallene til at afprøve dem alle; tjek årene',
      excerpt: excerpt(items.flatMap((item) => item.lines).slice(0, 6)),
    });
  }

  for (const i of undecided) {
    const item = items[i]!;
    const chosen = candidates[i]![best[i]!]!.positions.map((p) => read.years[p]).join(', ');
    unread.push({
      field: `economy.rows.${item.label}`,
      reason:
        `Det er uklart, hvilke år rækkens ${candidates[i]![best[i]!]!.reading.cells.length} tal hører til; ` +
        `hverken subtotaler eller opstilling afgør det (læst som ${chosen})`,
      excerpt: excerpt(item.lines),
    });
  }

  const placedValues = (i: number): (Kroner | null)[] => {
    const values = new Array<Kroner | null>(n).fill(null);
    const chosen = candidates[i]![best[i]!];
    chosen?.positions.forEach((p, c) => (values[p] = chosen.reading.cells[c]!.value));
    return values;
  };
  items.forEach((item, i) => {
    const chosen = candidates[i]![best[i]!];
    // Said only where the likeliest reading could have stood, and the document decided.
    if (!chosen || chosen.reading.taken.length === 0 || readings[i]![0]!.taken.length > 0) return;
    unread.push({
      field: `economy.rows.${item.label}`,
      reason: `${[...new Set(chosen.reading.taken)].map((reason) => READ_AS[reason]).join('; ')}, fordi dokumentets egne subtotaler og tilbagebetalingstider kun passer sådan`,
      excerpt: excerpt(item.lines),
    });
  });

  const rows: EconomicRow[] = [];
  const totals: PlacedTotal[] = [];
  items.forEach((item, i) => {
    if (item.type === 'total') {
      totals.push({ label: item.label, scope: item.scope, values: placedValues(i) });
      return;
    }
    // A table without the column says so once, below; otherwise the row is the odd one out.
    if (item.area === null && layout.areaColumn) {
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
  if (!layout.areaColumn && rows.length > 0) {
    unread.push({
      field: 'economy.rows',
      reason: 'Tabel 1 har ingen kolonne for styringsområde; alle rækker er læst som Service',
      excerpt: '',
    });
  }
  return { rows, totals, unread };
}

interface Constraint {
  total: number;
  members: number[];
}

/**
 * Rewrites each subtotal in terms of the smaller subtotals it contains: "Samlet økonomisk
 * påvirkning" as lasting change plus implementation costs rather than as the sum of every row.
 * The readings that add up stay the same, but each check then involves few rows, so the search
 * can judge a row's placement as soon as its own subtotal is placed.
 */
function nestSubtotals(
  constraints: readonly Constraint[],
  items: readonly TableItem[],
): Constraint[] {
  const stated = (c: Constraint) => items[c.total]!.cells.some((cell) => cell.value !== null);
  return constraints.map((constraint, k) => {
    const inside = constraints
      .filter(
        (other, o) =>
          other !== constraint &&
          stated(other) &&
          other.members.length > 0 &&
          (other.members.length < constraint.members.length ||
            (other.members.length === constraint.members.length && o < k)) &&
          other.members.every((m) => constraint.members.includes(m)),
      )
      .sort((a, b) => b.members.length - a.members.length);
    const rest = new Set(constraint.members);
    const parts: number[] = [];
    for (const other of inside) {
      if (other.members.every((m) => rest.has(m))) {
        for (const m of other.members) rest.delete(m);
        parts.push(other.total);
      }
    }
    return { total: constraint.total, members: [...parts, ...rest] };
  });
}

/**
 * How many of the stated paybacks a reading reproduces. A payback is one more witness of where
 * the figures stand: shifting every lasting row a year keeps the subtotals adding up, but not the
 * year the proposal pays back in.
 */
function paybackCheck(
  items: readonly TableItem[],
  candidates: Candidate[][],
  stated: TableRead['payback'],
  n: number,
): { count: number; matches: (choice: readonly number[]) => number } {
  const wanted = (['service', 'total'] as const).filter((kind) => stated[kind] !== null);
  const rows = items.flatMap((item, i) => (item.type === 'row' ? [i] : []));
  return {
    count: wanted.length,
    matches: (choice) => {
      if (wanted.length === 0) return 0;
      const total = new Array<number>(n).fill(0);
      const service = new Array<number>(n).fill(0);
      for (const i of rows) {
        const item = items[i]!;
        const onService =
          item.section === 'implementation' || (item.area ?? 'service') === 'service';
        candidates[i]![choice[i]!]!.vector.forEach((value, y) => {
          total[y]! += value;
          if (onService) service[y]! += value;
        });
      }
      const years = {
        total: paybackYear(cumulativeSum(total as Kroner[])),
        service: paybackYear(cumulativeSum(service as Kroner[])),
      };
      return wanted.filter((kind) => years[kind] === stated[kind]).length;
    },
  };
}

interface Problem {
  n: number;
  payback: ReturnType<typeof paybackCheck>;
  candidates: Candidate[][];
  constraints: Constraint[];
  /** The items with a choice, in the order the search decides them. */
  order: number[];
  /** Constraints whose items are all decided once the item at each depth is. */
  completesAt: number[][];
  /** Matches of constraints that involve no choice. */
  settled: number;
  /** Per depth: the most matches still to be had, and the least layout cost still to pay. */
  openMatches: number[];
  leastCost: number[];
}

function makeProblem(
  candidates: Candidate[][],
  constraints: Constraint[],
  n: number,
  payback: Problem['payback'],
): Problem {
  const free = (i: number) => candidates[i]!.length > 1;
  // Decide the items of small constraints together, so each constraint is judged early.
  const order: number[] = [];
  const byFreeItems = [...constraints].sort(
    (a, b) =>
      [a.total, ...a.members].filter(free).length - [b.total, ...b.members].filter(free).length,
  );
  for (const { total, members } of byFreeItems) {
    for (const i of [total, ...members]) if (free(i) && !order.includes(i)) order.push(i);
  }
  candidates.forEach((_, i) => {
    if (free(i) && !order.includes(i)) order.push(i);
  });
  const completesAt: number[][] = order.map(() => []);
  const choice = candidates.map(() => 0);
  let settled = 0;
  constraints.forEach((constraint, k) => {
    const depth = Math.max(
      -1,
      ...[constraint.total, ...constraint.members].map((i) => order.indexOf(i)),
    );
    if (depth >= 0) completesAt[depth]!.push(k);
    else settled += matchesOf(constraint, candidates, choice, n);
  });
  // The paybacks are judged once every row is placed, so every depth may still win them.
  const openMatches = new Array<number>(order.length + 1).fill(payback.count);
  const leastCost = new Array<number>(order.length + 1).fill(0);
  for (let d = order.length - 1; d >= 0; d--) {
    openMatches[d] = openMatches[d + 1]! + completesAt[d]!.length * n;
    leastCost[d] = leastCost[d + 1]! + candidates[order[d]!]![0]!.cost;
  }
  return {
    n,
    payback,
    candidates,
    constraints,
    order,
    completesAt,
    settled,
    openMatches,
    leastCost,
  };
}

function matchesOf(
  { total, members }: Constraint,
  candidates: Candidate[][],
  choice: readonly number[],
  n: number,
): number {
  const stated = candidates[total]![choice[total]!]!.vector;
  let count = 0;
  for (let y = 0; y < n; y++) {
    let sum = 0;
    for (const m of members) sum += candidates[m]![choice[m]!]!.vector[y]!;
    if (sum === stated[y]) count++;
  }
  return count;
}

interface SearchResult {
  choice: number[];
  score: number;
  /** Whether a reading scoring above the floor was found. */
  found: boolean;
  /** Whether the search finished within its budget, so its answer is certain. */
  exhausted: boolean;
}

/**
 * The reading with the highest score (MATCH_WEIGHT per stated subtotal cell that adds up, less
 * the layout cost), by depth-first search that drops a branch as soon as even its best
 * completion cannot beat what is known. Candidates are tried cheapest first, so the layout's
 * own reading is met first. With `stopAtFirst` it only asks whether any reading beats `floor`.
 */
function branchAndBound(
  problem: Problem,
  allowed: (item: number, candidate: number) => boolean,
  floor: number,
  stopAtFirst: boolean,
): SearchResult {
  const { n, candidates, constraints, order, completesAt, openMatches, leastCost } = problem;
  const choice = candidates.map(() => 0);
  let best = { choice: [...choice], score: -Infinity };
  let found = false;
  let nodes = 0;
  let aborted = false;
  const visit = (depth: number, score: number): void => {
    if (found && stopAtFirst) return;
    if (++nodes > SEARCH_BUDGET) {
      aborted = true;
      return;
    }
    if (depth === order.length) {
      score += MATCH_WEIGHT * problem.payback.matches(choice);
      if (score > best.score) best = { choice: [...choice], score };
      if (score > floor) found = true;
      return;
    }
    const item = order[depth]!;
    const list = candidates[item]!;
    for (let c = 0; c < list.length && !aborted && !(found && stopAtFirst); c++) {
      if (!allowed(item, c)) continue;
      choice[item] = c;
      let next = score - list[c]!.cost;
      for (const k of completesAt[depth]!) {
        next += MATCH_WEIGHT * matchesOf(constraints[k]!, candidates, choice, n);
      }
      const bound = next + MATCH_WEIGHT * openMatches[depth + 1]! - leastCost[depth + 1]!;
      if (bound <= Math.max(best.score, floor) + 1e-9) continue;
      visit(depth + 1, next);
    }
    choice[item] = 0;
  };
  visit(0, MATCH_WEIGHT * problem.settled);
  return { ...best, found, exhausted: !aborted };
}
