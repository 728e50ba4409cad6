// Dates as Danish documents write them: "5. februar 2025", "20. jan. 2026", "12-01-2026",
// "12.01.2026", and the ISO form. Read into ISO calendar dates (2025-02-05).

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Matches the first date in a text; group names say which form it has. */
export const DANISH_DATE = new RegExp(
  String.raw`(?<![\d.])(?:(?<d1>\d{1,2})\.\s*(?<month>${MONTH_NAMES})\.?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})[-./](?<m2>\d{1,2})[-./](?<y2>\d{4})` +
    String.raw`|(?<y3>\d{4})-(?<m3>\d{2})-(?<d3>\d{2}))(?!\d)`,
  'i',
);

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface FoundDate {
  iso: string;
  /** Where in the text the date was written, so the caller can cut it out. */
  index: number;
  length: number;
}

/** The first valid date written in the text, or null. */
export function findDanishDate(text: string): FoundDate | null {
  const pattern = new RegExp(DANISH_DATE.source, 'gi');
  for (const match of text.matchAll(pattern)) {
    const g = match.groups ?? {};
    let result: string | null = null;
    if (g.d1 && g.month && g.y1) {
      result = iso(Number(g.y1), MONTHS[g.month.toLowerCase()] ?? 0, Number(g.d1));
    } else if (g.d2 && g.m2 && g.y2) {
      result = iso(Number(g.y2), Number(g.m2), Number(g.d2));
    } else if (g.y3 && g.m3 && g.d3) {
      result = iso(Number(g.y3), Number(g.m3), Number(g.d3));
    }
    if (result) return { iso: result, index: match.index, length: match[0].length };
  }
  return null;
}

export function parseDanishDate(text: string): string | null {
  return findDanishDate(text)?.iso ?? null;
}
