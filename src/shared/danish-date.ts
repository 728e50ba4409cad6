// Dates written the Danish way, read into ISO calendar dates (2026-11-22): typed in the web
// app's fields (a native date picker would show the browser's locale instead), and found in the
// documents the importer reads ("5. februar 2025", "20. jan. 2026", "12-01-2026").

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
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A typed date far outside any plan is a typing error (2062 for 2026 is not, 20266 is). */
function typed(year: number, month: number, day: number): string | null {
  return year < 1900 || year > 2200 ? null : iso(year, month, day);
}

/** The ISO date (2026-11-22) for a date written as 22.11.2026, 22-11-2026, 22/11/2026, 2026-11-22
 * or 22. november 2026; null when it is not a real date. Empty input is the caller's business. */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (isoMatch) return typed(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (numeric) return typed(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = /^(\d{1,2})\.?\s+([a-zæøå]+\.?)\s+(\d{4})$/i.exec(trimmed);
  if (written) {
    const month = monthNumber(written[2] ?? '');
    return month === null ? null : typed(Number(written[3]), month, Number(written[1]));
  }
  return null;
}

// The month words documents write, longest first so that "januar" is not read as "jan".
const WRITTEN_MONTHS = [
  ...MONTHS,
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'],
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Matches a date inside a text; group names say which form it has. */
const DANISH_DATE = new RegExp(
  String.raw`(?<![\d.])(?:(?<d1>\d{1,2})\.\s*(?<month>${WRITTEN_MONTHS})\.?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})[-./](?<m2>\d{1,2})[-./](?<y2>\d{4})` +
    String.raw`|(?<y3>\d{4})-(?<m3>\d{2})-(?<d3>\d{2}))(?!\d)`,
  'gi',
);

export interface FoundDate {
  iso: string;
  /** Where in the text the date was written, so the caller can cut it out. */
  index: number;
  length: number;
}

/** The first valid date written in a text, or null. */
export function findDanishDate(text: string): FoundDate | null {
  for (const match of text.matchAll(DANISH_DATE)) {
    const g = match.groups ?? {};
    let result: string | null = null;
    if (g.d1 && g.month && g.y1) {
      result = iso(Number(g.y1), monthNumber(g.month) ?? 0, Number(g.d1));
    } else if (g.d2 && g.m2 && g.y2) {
      result = iso(Number(g.y2), Number(g.m2), Number(g.d2));
    } else if (g.y3 && g.m3 && g.d3) {
      result = iso(Number(g.y3), Number(g.m3), Number(g.d3));
    }
    if (result) return { iso: result, index: match.index, length: match[0].length };
  }
  return null;
}
