import { kronerToThousands, thousandsToKroner, type Kroner } from '../domain/money.ts';
import { wholeThousands } from '../domain/rounds/overview.ts';
import { formatDanishDate, formatDanishNumber } from './danish-number.ts';

/** An amount in thousands of kroner as written in the tables; an empty cell stays empty. */
export function formatAmount(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatDanishNumber(value);
}

/** An amount held in kroner, written in thousands as the tables show it (1.234,5). */
export function formatThousands(value: Kroner | null): string {
  return formatAmount(value === null ? null : kronerToThousands(value));
}

/**
 * A computed amount (a present value, a sum converted to another price level) in whole
 * thousands, rounded half away from zero as the municipality's tables print it: 1.016.601 kr.
 * is "1.017". The exact figure stays in kroner; the web shows it in a tooltip (formatThousands).
 */
export function formatWholeThousands(value: Kroner | null): string {
  if (value === null) return '';
  const whole = Math.sign(value) * Math.round(Math.abs(value) / 1000);
  return formatDanishNumber(whole === 0 ? 0 : whole);
}

/** An exact amount in thousands (1.016,601) in whole thousands, as printed: "1.017". */
export function formatWholeOfThousands(value: number | null | undefined): string {
  return value === null || value === undefined
    ? ''
    : formatWholeThousands(thousandsToKroner(value));
}

/** An exact amount in thousands as the whole thousands it is printed as: 1.016,601 is 1.017. */
export function wholeOfThousands(value: number): number {
  return wholeThousands(Math.round(value * 1000) as Kroner) || 0;
}

/**
 * What printing each figure on its own in whole thousands does to a sum: the printed parts
 * added up, less the printed total (0 when they add up). Exact amounts in thousands.
 */
export function roundingDifference(parts: readonly (number | null)[], total: number): number {
  const printed = parts.reduce<number>(
    (sum, part) => sum + (part === null ? 0 : wholeOfThousands(part)),
    0,
  );
  return printed - wholeOfThousands(total);
}

// The municipality's clock, whatever the browser's time zone.
const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp as Danish date and time in Copenhagen: { date: "22.11.2026", time: "14.05" }. */
export function danishDateTime(timestamp: string): { date: string; time: string } | null {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return null;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    copenhagen.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return {
    date: formatDanishDate(`${part('year')}-${part('month')}-${part('day')}`),
    time: `${part('hour')}.${part('minute')}`,
  };
}
