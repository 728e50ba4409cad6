import {
  convertPriceLevel,
  indexPoints,
  type PriceIndex,
  type PriceLevelError,
} from '../economics/price-level.ts';
import { sumKroner, type Kroner } from '../money.ts';
import { AREAS, type Area, type EconomicTable } from '../proposal.ts';

// Budget frames (SPEC.md section 9): a granted proposal's lasting changes are taken out of (or,
// for running costs, put into) its lead forvaltning's budget frame per styringsområde, from the
// year they take effect, and they last: after the table's last year the last year's change
// holds. Tabel 1's sign is kept, so a saving is a negative change of the frame. This is what was
// budgeted away; whether the saving happened in operations is the realised side, computed
// elsewhere and compared against these figures, never mixed into them.

export interface FramePlan {
  proposalId: string;
  code: string | null;
  title: string;
  administration: string | null;
  /** Tabel 1 as decided, at the price level the frames are listed in. */
  table: EconomicTable;
}

export interface ProposalFrameLine {
  proposalId: string;
  code: string | null;
  title: string;
  area: Area;
  /** The first year with a change; the change lasts from then on. */
  fromYear: number;
  values: Kroner[];
}

export interface AdministrationFrame {
  administration: string | null;
  /** Per styringsområde with any change, in AREAS order. */
  areas: { area: Area; values: Kroner[] }[];
  total: Kroner[];
  proposals: ProposalFrameLine[];
}

export interface BudgetFrames {
  years: number[];
  administrations: AdministrationFrame[];
  total: Kroner[];
}

/** A granted plan the frames leave out: its Tabel 1 cannot be brought to their price level. */
export interface UnconvertedPlan<P extends FramePlan = FramePlan> {
  plan: P;
  reason: PriceLevelError['code'];
  /** The index year that is missing or unusable; null when an amount is what cannot be converted. */
  indexYear: number | null;
}

export interface PlansAtLevel<P extends FramePlan> {
  /** At the level; a table without a price level as it is, since it cannot be converted. */
  converted: P[];
  unconverted: UnconvertedPlan<P>[];
  /** Why the level itself is unusable, when some plan had to be converted to it; else null. */
  levelError: PriceLevelError | null;
}

const changesAFrame = (table: EconomicTable) =>
  table.rows.some((r) => r.section === 'lasting' && r.values.some((v) => (v ?? 0) !== 0));

/**
 * The frames' price level when none is asked for: the newest of the plans' own levels that the
 * index holds, so every plan whose own level is in the index can be converted to it; without
 * any, the newest level; without plans, this year.
 */
export function defaultFramesLevel(
  plans: readonly FramePlan[],
  index: PriceIndex,
  thisYear: number,
): number {
  const levels = plans.flatMap((p) => (p.table.priceLevelYear ? [p.table.priceLevelYear] : []));
  const usable = levels.filter((year) => indexPoints(index, year).ok);
  const candidates = usable.length ? usable : levels;
  return candidates.length ? Math.max(...candidates) : thisYear;
}

/**
 * The plans at `level` by the index. One that cannot be converted (its own year not in the
 * index, an amount beyond whole kroner) is set aside with why rather than failing them all; one
 * that changes no frame is left out silently, since without it the frames are still whole.
 */
export function plansAtPriceLevel<P extends FramePlan>(
  plans: readonly P[],
  level: number,
  index: PriceIndex,
): PlansAtLevel<P> {
  const target = indexPoints(index, level);
  const result: PlansAtLevel<P> = { converted: [], unconverted: [], levelError: null };
  for (const plan of plans) {
    if (plan.table.priceLevelYear === null || plan.table.priceLevelYear === level) {
      result.converted.push(plan);
      continue;
    }
    const converted = target.ok ? convertPriceLevel(plan.table, level, index) : target;
    if (converted.ok) {
      result.converted.push({ ...plan, table: converted.value });
      continue;
    }
    if (!target.ok) result.levelError = target.error;
    if (changesAFrame(plan.table)) {
      const { error } = converted;
      const indexYear = 'year' in error ? error.year : null;
      result.unconverted.push({ plan, reason: error.code, indexYear });
    }
  }
  return result;
}

/** The change a table's lasting rows on `area` make in `year` (the last year's beyond it). */
export function lastingChangeIn(table: EconomicTable, area: Area, year: number): Kroner {
  if (table.years.length === 0 || year < table.years[0]!) return 0 as Kroner;
  const last = table.years.length - 1;
  const column = year > table.years[last]! ? last : table.years.indexOf(year);
  if (column === -1) return 0 as Kroner;
  return sumKroner(
    table.rows
      .filter((row) => row.section === 'lasting' && row.area === area)
      .map((row) => row.values[column] ?? null),
  );
}

/** The years from the first plan year to the last, when the caller asks for no others. */
export function frameYears(plans: readonly FramePlan[]): number[] {
  const all = plans.flatMap((p) => p.table.years);
  if (all.length === 0) return [];
  const first = Math.min(...all);
  return Array.from({ length: Math.max(...all) - first + 1 }, (_, i) => first + i);
}

const addInto = (into: Kroner[], values: readonly Kroner[]) =>
  values.forEach((v, i) => (into[i] = (into[i]! + v) as Kroner));

/** Each forvaltning's frame changes per styringsområde and year, with the proposals behind them. */
export function frameChanges(plans: readonly FramePlan[], years: readonly number[]): BudgetFrames {
  const zeros = () => years.map(() => 0 as Kroner);
  const byAdministration = new Map<string | null, AdministrationFrame>();
  const total = zeros();
  for (const plan of plans) {
    for (const area of AREAS) {
      const values = years.map((year) => lastingChangeIn(plan.table, area, year));
      const firstColumn = plan.table.years.findIndex((_, i) =>
        plan.table.rows.some(
          (r) => r.section === 'lasting' && r.area === area && (r.values[i] ?? 0) !== 0,
        ),
      );
      if (firstColumn === -1) continue;
      let frame = byAdministration.get(plan.administration);
      if (!frame) {
        frame = { administration: plan.administration, areas: [], total: zeros(), proposals: [] };
        byAdministration.set(plan.administration, frame);
      }
      let line = frame.areas.find((a) => a.area === area);
      if (!line) frame.areas.push((line = { area, values: zeros() }));
      addInto(line.values, values);
      addInto(frame.total, values);
      addInto(total, values);
      frame.proposals.push({
        proposalId: plan.proposalId,
        code: plan.code,
        title: plan.title,
        area,
        fromYear: plan.table.years[firstColumn]!,
        values,
      });
    }
  }
  const administrations = [...byAdministration.values()].sort((a, b) =>
    (a.administration ?? '~').localeCompare(b.administration ?? '~', 'da'),
  );
  for (const frame of administrations) {
    frame.areas.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
  }
  return { years: [...years], administrations, total };
}
