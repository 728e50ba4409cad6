// Dates are typed the Danish way (22.11.2026, or "29. januar 2025" as the documents write them)
// and travel as ISO calendar dates. A native date picker would show the browser's locale instead.

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function monthNumber(text: string): number | null {
  const word = text.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(word));
  return index < 0 ? null : index + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  if (year < 1900 || year > 2200) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date (2026-11-22) for a date written as 22.11.2026, 22-11-2026, 22/11/2026, 2026-11-22
 * or 22. november 2026; null when it is not a real date. Empty input is the caller's business. */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = /^(\d{1,2})\.?\s+([a-zæøå]+\.?)\s+(\d{4})$/i.exec(trimmed);
  if (written) {
    const month = monthNumber(written[2] ?? '');
    return month === null ? null : iso(Number(written[3]), month, Number(written[1]));
  }
  return null;
}
