import type { Kroner } from '../money.ts';
import type { EconomicTable, ProposalStatus } from '../proposal.ts';
import { hasPlanIn, plannedSums, realisedSums, type RealisedYear } from './realised.ts';

// The flags of benefit realisation: a proposal whose realised savings lag the plan by more than
// the secretariat's threshold, and a year whose report is overdue. Due dates are calendar dates
// in Copenhagen: a report due on 1 March may come all of that day, and is overdue from the first
// minute of 2 March, Copenhagen time, whatever the server's clock zone or summer time.

/** What the secretariat sets for follow-up. */
export interface FollowUpSettings {
  /** Whole percent of the planned savings a proposal may fall short before it is flagged. */
  lagThresholdPercent: number;
  /** The day of the following year a year's report is due: 3 and 1 is 1 March. */
  reportDueMonth: number;
  reportDueDay: number;
}

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = {
  lagThresholdPercent: 10,
  reportDueMonth: 3,
  reportDueDay: 1,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether month and day name a day of every year (29 February does not). */
export function isDueDay(month: number, day: number): boolean {
  return (
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= DAYS_IN_MONTH[month - 1]!
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date the report on `year` is due: the set day of the year after. */
export function reportDueOn(year: number, settings: FollowUpSettings): string {
  return `${year + 1}-${pad(settings.reportDueMonth)}-${pad(settings.reportDueDay)}`;
}

const copenhagenDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Copenhagen at an instant, as an ISO date. */
export function dateInCopenhagen(instant: Date): string {
  return copenhagenDate.format(instant);
}

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface LagFlag {
  kind: 'lag';
  /** The reported years the comparison covers. */
  years: number[];
  plannedSavings: Kroner;
  realisedSavings: Kroner;
  /** Planned less realised savings: how far behind the proposal is. */
  shortfall: Kroner;
}

export interface OverdueFlag {
  kind: 'overdue';
  year: number;
  dueOn: string;
  daysOverdue: number;
}

export type RealisationFlag = LagFlag | OverdueFlag;

/** The savings of the reported years, as planned and as realised. */
export interface ReportedSavings {
  years: number[];
  planned: Kroner;
  realised: Kroner;
}

/** The plan's savings against the realised ones, over the years reported so far. */
export function reportedSavings(
  table: EconomicTable,
  realised: readonly RealisedYear[],
): ReportedSavings {
  const planned = plannedSums(table);
  let plannedSavings = 0;
  let realisedSavings = 0;
  const years: number[] = [];
  for (const report of realised) {
    const column = table.years.indexOf(report.year);
    if (column === -1) continue;
    years.push(report.year);
    plannedSavings += planned[column]!.savings;
    realisedSavings += realisedSums(table, report).savings;
  }
  return {
    years: years.sort((a, b) => a - b),
    planned: plannedSavings as Kroner,
    realised: realisedSavings as Kroner,
  };
}

/**
 * The savings of the reported years against the plan's for the same years. The threshold is
 * held exactly: flagged when shortfall × 100 > threshold × planned, so 10 % of 1.000 kr. lets
 * 100 kr. pass and flags 101 kr.
 */
export function lagFlag(
  table: EconomicTable,
  realised: readonly RealisedYear[],
  thresholdPercent: number,
): LagFlag | null {
  const { years, planned, realised: done } = reportedSavings(table, realised);
  const shortfall = planned - done;
  const within = BigInt(shortfall) * 100n <= BigInt(thresholdPercent) * BigInt(planned);
  if (planned <= 0 || within) return null;
  return {
    kind: 'lag',
    years,
    plannedSavings: planned,
    realisedSavings: done,
    shortfall: shortfall as Kroner,
  };
}

/**
 * The years of the plan with something planned whose report is past its due date on `today`
 * (a Copenhagen calendar date) and not in. A closed proposal's follow-up has ended.
 */
export function overdueFlags(
  table: EconomicTable,
  status: ProposalStatus,
  realised: readonly RealisedYear[],
  settings: FollowUpSettings,
  today: string,
): OverdueFlag[] {
  if (status === 'closed') return [];
  const reported = new Set(realised.map((r) => r.year));
  return table.years.flatMap((year, column) => {
    if (reported.has(year) || !hasPlanIn(table, column)) return [];
    const dueOn = reportDueOn(year, settings);
    const daysOverdue = daysBetween(dueOn, today);
    return daysOverdue > 0 ? [{ kind: 'overdue' as const, year, dueOn, daysOverdue }] : [];
  });
}

/** Every flag of one proposal: its lag, then its overdue years in order. */
export function realisationFlags(
  table: EconomicTable,
  status: ProposalStatus,
  realised: readonly RealisedYear[],
  settings: FollowUpSettings,
  today: string,
): RealisationFlag[] {
  const lag = lagFlag(table, realised, settings.lagThresholdPercent);
  return [...(lag ? [lag] : []), ...overdueFlags(table, status, realised, settings, today)];
}
