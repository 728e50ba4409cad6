import { addDays, isOverdue, type IsoDate } from './dates.ts';
import { openDueDates, type GoalStatus } from './goals.ts';
import { reportDueOn as dueOn } from './realised-flags.ts';

// What falls due in follow-up, and when the people responsible are reminded (SPEC.md section 9):
// a yearly report of realised figures for every year of a granted proposal's plan from the year
// it was decided, due on a set day of the following year, and every follow-up date of its goals.
// A reminder opens `leadDays` before its due date and stays until it is met; overdue from the
// day after, on the Copenhagen calendar.

export interface FollowUpRules {
  /** A year's report of realised figures is due on this day of the following year. */
  reportDue: { month: number; day: number };
  /** How many days before a due date the reminder comes. */
  leadDays: number;
}

/** By 1 March the accounts of the year before are closed, and the report can be made. */
export const DEFAULT_FOLLOW_UP: FollowUpRules = { reportDue: { month: 3, day: 1 }, leadDays: 14 };

/** When the report on `year`'s realised figures is due: the day the deviation list counts from. */
export const reportDueOn = (year: number, rules: FollowUpRules): IsoDate =>
  dueOn(year, { reportDueMonth: rules.reportDue.month, reportDueDay: rules.reportDue.day });

export type Reminder =
  | {
      kind: 'report';
      key: string;
      proposalId: string;
      year: number;
      dueOn: IsoDate;
      overdue: boolean;
    }
  | {
      kind: 'goal';
      key: string;
      proposalId: string;
      goalId: string;
      goal: string;
      dueOn: IsoDate;
      overdue: boolean;
    };

export interface PlanDue {
  proposalId: string;
  /** The plan's years. */
  years: readonly number[];
  decidedOn: IsoDate;
}

export interface GoalDue {
  id: string;
  proposalId: string;
  goal: string;
  status: GoalStatus;
  dueDates: readonly IsoDate[];
  measuredOn: readonly IsoDate[];
}

const isOpen = (dueOn: IsoDate, today: IsoDate, rules: FollowUpRules) =>
  today >= addDays(dueOn, -rules.leadDays);

/**
 * The reminders open on `today`, oldest due first. `reported` tells whether a year's realised
 * figures are in for a proposal: those reports are met.
 */
export function dueReminders({
  plans,
  goals,
  reported,
  rules,
  today,
}: {
  plans: readonly PlanDue[];
  goals: readonly GoalDue[];
  reported: (proposalId: string, year: number) => boolean;
  rules: FollowUpRules;
  today: IsoDate;
}): Reminder[] {
  const reports = plans.flatMap((plan) =>
    plan.years
      .filter((year) => year >= Number(plan.decidedOn.slice(0, 4)))
      .map((year) => ({ year, dueOn: reportDueOn(year, rules) }))
      .filter(({ year, dueOn }) => isOpen(dueOn, today, rules) && !reported(plan.proposalId, year))
      .map(({ year, dueOn }): Reminder => ({
        kind: 'report',
        key: `report:${plan.proposalId}:${year}`,
        proposalId: plan.proposalId,
        year,
        dueOn,
        overdue: isOverdue(dueOn, today),
      })),
  );
  const goalReminders = goals.flatMap((goal) =>
    openDueDates(goal, goal.measuredOn, (d) => addDays(d, -rules.leadDays))
      .filter((dueOn) => isOpen(dueOn, today, rules))
      .map((dueOn): Reminder => ({
        kind: 'goal',
        key: `goal:${goal.id}:${dueOn}`,
        proposalId: goal.proposalId,
        goalId: goal.id,
        goal: goal.goal,
        dueOn,
        overdue: isOverdue(dueOn, today),
      })),
  );
  return [...reports, ...goalReminders].sort((a, b) =>
    a.dueOn === b.dueOn ? a.key.localeCompare(b.key) : a.dueOn < b.dueOn ? -1 : 1,
  );
}
