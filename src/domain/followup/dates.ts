// Follow-up runs on the municipality's calendar: a thing due on a date is due until that day
// ends in Copenhagen, whatever the server's time zone and whether summer time is in force.

/** An ISO calendar date, 2027-03-01. */
export type IsoDate = string;

const copenhagen = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Copenhagen at `instant`. */
export function copenhagenDate(instant: Date): IsoDate {
  return copenhagen.format(instant);
}

/** Overdue once the due day has ended: from the day after, not on the day itself. */
export function isOverdue(dueOn: IsoDate, today: IsoDate): boolean {
  return today > dueOn;
}

/** `date` moved by whole days (negative: earlier), on the calendar, not by 24-hour steps. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
