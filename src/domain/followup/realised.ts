import { sectionTotals } from '../economics/evaluate.ts';
import type { Kroner } from '../money.ts';
import type { Area, EconomicTable, ProposalStatus, RowSection } from '../proposal.ts';

// Benefit realisation (SPEC.md section 9): a granted proposal's plan is Tabel 1 as decided, and
// each year its forvaltning reports what was realised on every row of it, at the plan's price
// level. Here the plan and the realised figures meet, row by row and year by year, in whole
// kroner. Savings are the net lasting change with its sign turned ("Samlet varig ændring": a
// saving is negative in Tabel 1), so a positive saving is money the budget gets back.

/** Statuses in which a proposal has a plan and its realised figures are reported. */
export const REPORTING_STATUSES = [
  'granted',
  'in_implementation',
  'closed',
] as const satisfies readonly ProposalStatus[];

export const isReporting = (status: ProposalStatus): boolean =>
  (REPORTING_STATUSES as readonly ProposalStatus[]).includes(status);

/** What a forvaltning reported for one year of a plan. */
export interface RealisedYear {
  year: number;
  /**
   * One cell per row of the plan, at the plan's price level. A row left empty in a reported
   * year counts as nothing realised on it: a report is the year's account, not a forecast.
   */
  amounts: (Kroner | null)[];
  /** Why a row deviates from the plan, per row; '' where nothing is said. */
  comments: string[];
}

export interface RowComparison {
  row: number;
  label: string;
  section: RowSection;
  area: Area;
  planned: Kroner | null;
  /** Null where the year is not reported. */
  realised: Kroner | null;
  /** Realised less planned; null where the year is not reported. */
  deviation: Kroner | null;
  comment: string;
}

export interface SectionSums {
  lasting: Kroner;
  implementation: Kroner;
  loan: Kroner;
  /** The net lasting change as a saving: minus the lasting total. */
  savings: Kroner;
}

export interface YearComparison {
  year: number;
  reported: boolean;
  rows: RowComparison[];
  planned: SectionSums;
  /** Null where the year is not reported. */
  realised: SectionSums | null;
}

const sums = (lasting: number, implementation: number, loan: number): SectionSums => ({
  lasting: lasting as Kroner,
  implementation: implementation as Kroner,
  loan: loan as Kroner,
  savings: (lasting === 0 ? 0 : -lasting) as Kroner,
});

/** The planned sums of each year of the plan's table, in the table's order. */
export function plannedSums(table: EconomicTable): SectionSums[] {
  const totals = sectionTotals(table);
  return table.years.map((_, i) =>
    sums(totals.lasting.total[i]!, totals.implementation.total[i]!, totals.loan.total[i]!),
  );
}

/** The realised sums of a reported year; rows beyond the plan's are not part of it. */
export function realisedSums(table: EconomicTable, realised: RealisedYear): SectionSums {
  const by = { lasting: 0, implementation: 0, loan: 0 };
  table.rows.forEach((row, i) => {
    by[row.section] += realised.amounts[i] ?? 0;
  });
  return sums(by.lasting, by.implementation, by.loan);
}

/** The plan against what was realised, row by row, for every year of the plan. */
export function comparePlan(
  table: EconomicTable,
  realised: readonly RealisedYear[],
): YearComparison[] {
  const planned = plannedSums(table);
  return table.years.map((year, column) => {
    const report = realised.find((r) => r.year === year) ?? null;
    const rows = table.rows.map((row, i): RowComparison => {
      const plannedCell = row.values[column] ?? null;
      const realisedCell = report ? (report.amounts[i] ?? null) : null;
      const counted = report ? ((realisedCell ?? 0) as Kroner) : null;
      return {
        row: i,
        label: row.label,
        section: row.section,
        area: row.area,
        planned: plannedCell,
        realised: realisedCell,
        deviation: counted === null ? null : ((counted - (plannedCell ?? 0)) as Kroner),
        comment: report?.comments[i] ?? '',
      };
    });
    return {
      year,
      reported: report !== null,
      rows,
      planned: planned[column]!,
      realised: report ? realisedSums(table, report) : null,
    };
  });
}

/** A year with anything planned in it: only such a year has a report due. */
export function hasPlanIn(table: EconomicTable, column: number): boolean {
  return table.rows.some((row) => row.values[column] != null);
}
