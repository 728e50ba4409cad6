import { describe, expect, it } from 'vitest';
import { addDays, copenhagenDate, isOverdue } from './dates.ts';

describe('overdue on the Copenhagen calendar', () => {
  it('is not overdue the day before nor on the due day, and is the day after', () => {
    expect(isOverdue('2027-03-01', '2027-02-28')).toBe(false);
    expect(isOverdue('2027-03-01', '2027-03-01')).toBe(false);
    expect(isOverdue('2027-03-01', '2027-03-02')).toBe(true);
  });

  it('takes the day from Copenhagen, not UTC: 23.30 UTC on 1 March is already 2 March there', () => {
    expect(copenhagenDate(new Date('2027-03-01T22:59:59Z'))).toBe('2027-03-01');
    expect(copenhagenDate(new Date('2027-03-01T23:00:00Z'))).toBe('2027-03-02');
  });

  it('moves the day boundary an hour across the spring DST change (29 March 2026)', () => {
    // Before the change midnight is 23.00 UTC, after it 22.00 UTC.
    expect(copenhagenDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(copenhagenDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(copenhagenDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(copenhagenDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    const dueOnChangeDay = '2026-03-29';
    expect(isOverdue(dueOnChangeDay, copenhagenDate(new Date('2026-03-29T21:59:59Z')))).toBe(false);
    expect(isOverdue(dueOnChangeDay, copenhagenDate(new Date('2026-03-29T22:00:00Z')))).toBe(true);
  });

  it('and back across the autumn change (25 October 2026)', () => {
    expect(copenhagenDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(copenhagenDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('counts days on the calendar, across month ends and leap days', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -14)).toBe('2027-02-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
