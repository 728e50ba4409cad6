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
