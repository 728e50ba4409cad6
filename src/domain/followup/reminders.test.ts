import { describe, expect, it } from 'vitest';
import { copenhagenDate } from './dates.ts';
import { DEFAULT_FOLLOW_UP, dueReminders, reportDueOn, type PlanDue } from './reminders.ts';

const plan: PlanDue = { proposalId: 'p', years: [2024, 2025, 2026], decidedOn: '2025-05-07' };
const keysOn = (today: string, rules = DEFAULT_FOLLOW_UP) =>
  dueReminders({ plans: [plan], goals: [], reported: () => false, rules, today }).map(
    (r) => `${r.key}${r.overdue ? ' overdue' : ''}`,
  );

describe('the yearly report rule', () => {
  it('is due on 1 March of the following year unless configured otherwise', () => {
    expect(reportDueOn(2025, DEFAULT_FOLLOW_UP)).toBe('2026-03-01');
    expect(reportDueOn(2025, { reportDue: { month: 4, day: 15 }, leadDays: 14 })).toBe(
      '2026-04-15',
    );
  });

  it('asks for no report on a year before the decision', () => {
    expect(keysOn('2028-01-01')).toEqual(['report:p:2025 overdue', 'report:p:2026 overdue']);
  });

  it('opens 14 days before, stays on the due day, and is overdue the day after', () => {
    expect(keysOn('2026-02-14')).toEqual([]);
    expect(keysOn('2026-02-15')).toEqual(['report:p:2025']);
    expect(keysOn('2026-03-01')).toEqual(['report:p:2025']);
    expect(keysOn('2026-03-02')).toEqual(['report:p:2025 overdue']);
  });

  it('turns overdue at midnight in Copenhagen, in winter time (23.00 UTC)', () => {
    expect(keysOn(copenhagenDate(new Date('2026-03-01T22:59:59Z')))).toEqual(['report:p:2025']);
    expect(keysOn(copenhagenDate(new Date('2026-03-01T23:00:00Z')))).toEqual([
      'report:p:2025 overdue',
    ]);
  });

  it('and in summer time (22.00 UTC), across the DST change, for a report due 1 April', () => {
    const april = { reportDue: { month: 4, day: 1 }, leadDays: 14 };
    const on = (instant: string) => keysOn(copenhagenDate(new Date(instant)), april);
    expect(on('2026-04-01T21:59:59Z')).toEqual(['report:p:2025']);
    expect(on('2026-04-01T22:00:00Z')).toEqual(['report:p:2025 overdue']);
  });

  it('is met once the year is reported', () => {
    const reminders = dueReminders({
      plans: [plan],
      goals: [],
      reported: (_, year) => year === 2025,
      rules: DEFAULT_FOLLOW_UP,
      today: '2028-01-01',
    });
    expect(reminders.map((r) => r.key)).toEqual(['report:p:2026']);
  });
});

describe('goal reminders', () => {
  const goal = {
    id: 'g',
    proposalId: 'p',
    goal: 'Færre analoge samtykker',
    status: 'on_track' as const,
    dueDates: ['2026-06-30'],
    measuredOn: [] as string[],
  };
  const on = (today: string, g = goal) =>
    dueReminders({ plans: [], goals: [g], reported: () => false, rules: DEFAULT_FOLLOW_UP, today });

  it('open before the follow-up date and turn overdue after it, until a measurement meets it', () => {
    expect(on('2026-06-15')).toEqual([]);
    expect(on('2026-06-16')).toMatchObject([{ key: 'goal:g:2026-06-30', overdue: false }]);
    expect(on('2026-07-01')).toMatchObject([{ key: 'goal:g:2026-06-30', overdue: true }]);
    expect(on('2026-07-01', { ...goal, measuredOn: ['2026-06-20'] })).toEqual([]);
  });
});
