import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { openDueDates, overdueDates, statusNeedsComment } from './goals.ts';

const window14 = (dueOn: string) => addDays(dueOn, -14);

describe('a goal’s follow-up dates', () => {
  const goal = { status: 'on_track' as const, dueDates: ['2026-06-30', '2026-12-31'] };

  it('are all open before anything is measured', () => {
    expect(openDueDates(goal, [], window14)).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('is met by a measurement within the window before it, one measurement per date', () => {
    expect(openDueDates(goal, ['2026-06-16'], window14)).toEqual(['2026-12-31']);
    expect(openDueDates(goal, ['2026-06-15'], window14)).toEqual(['2026-06-30', '2026-12-31']);
    expect(openDueDates(goal, ['2027-01-05'], window14)).toEqual(['2026-12-31']);
    expect(openDueDates(goal, ['2026-06-20', '2027-01-05'], window14)).toEqual([]);
  });

  it('closes with the goal: nothing falls due on an achieved or dropped goal', () => {
    expect(openDueDates({ ...goal, status: 'achieved' }, [], window14)).toEqual([]);
    expect(openDueDates({ ...goal, status: 'dropped' }, [], window14)).toEqual([]);
  });

  it('is overdue from the day after', () => {
    expect(overdueDates(['2026-06-30', '2026-12-31'], '2026-06-30')).toEqual([]);
    expect(overdueDates(['2026-06-30', '2026-12-31'], '2026-07-01')).toEqual(['2026-06-30']);
  });

  it('asks a delayed or dropped status for its reason', () => {
    expect(
      ['on_track', 'delayed', 'achieved', 'dropped'].map((s) => statusNeedsComment(s as never)),
    ).toEqual([false, true, false, true]);
  });
});
