import type { IsoDate } from './dates.ts';
import { isOverdue } from './dates.ts';

// Follow-up goals as indicators (Tabel 3, SPEC.md section 9): each with a baseline, a target and
// a unit, how it is measured, who owns it and when it is followed up; measurements over time, a
// status with a comment, and evidence. A granted proposal's goals start from its Tabel 3.

export const GOAL_STATUSES = ['on_track', 'delayed', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal behind or given up must say why; on track and achieved speak for themselves. */
export const statusNeedsComment = (status: GoalStatus): boolean =>
  status === 'delayed' || status === 'dropped';

/** Achieved and dropped goals are done: nothing more falls due on them. */
export const isClosedStatus = (status: GoalStatus): boolean =>
  status === 'achieved' || status === 'dropped';

/** An indicator's values: at most four decimals, so 12,5 % or 0,25 hours is exact enough. */
export const GOAL_VALUE_DECIMALS = 4;

/**
 * The follow-up dates not yet met on `today`: a date is met by a measurement taken no earlier
 * than `windowDays` before it (the reminder window), so one measurement answers one date.
 */
export function openDueDates(
  goal: { status: GoalStatus; dueDates: readonly IsoDate[] },
  measuredOn: readonly IsoDate[],
  windowStart: (dueOn: IsoDate) => IsoDate,
): IsoDate[] {
  if (isClosedStatus(goal.status)) return [];
  const taken = [...measuredOn].sort();
  const open: IsoDate[] = [];
  for (const dueOn of [...goal.dueDates].sort()) {
    const i = taken.findIndex((m) => m >= windowStart(dueOn));
    if (i === -1) open.push(dueOn);
    else taken.splice(i, 1);
  }
  return open;
}

/** The open due dates that have passed on `today`. */
export const overdueDates = (open: readonly IsoDate[], today: IsoDate): IsoDate[] =>
  open.filter((d) => isOverdue(d, today));
