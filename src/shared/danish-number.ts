// Danish number format: '.' groups thousands, ',' marks decimals (1.234.567,5). Used by the
// web forms, the document importers and the exports, so all read and write numbers alike.

const MINUS = /^[-\u2212\u2013]/;

/**
 * Reads a number as written in Danish documents and forms: "1.234", "-942", "- 2.950",
 * "1.234,5", "−300". Empty input and a lone dash mean an empty cell (null). Anything else that
 * is not a number gives NaN, so the caller can name the field.
 */
export function parseDanishNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (compact === '' || compact === '-' || compact === '\u2013' || compact === '\u2212')
    return null;
  const negative = MINUS.test(compact);
  const body = negative ? compact.slice(1) : compact;
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(body)) return Number.NaN;
  const value = Number(body.replace(/\./g, '').replace(',', '.'));
  return negative ? -value : value;
}

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats with Danish grouping, e.g. 1234567 -> "1.234.567", -942.5 -> "-942,5". */
export function formatDanishNumber(value: number, maxDecimals = 3): string {
  let formatter = formatters.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('da-DK', { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, formatter);
  }
  // Intl writes U+2212 for minus; documents and spreadsheets expect the ASCII hyphen.
  return formatter.format(value).replace('\u2212', '-');
}

/** Formats an ISO calendar date (2026-11-22) the Danish way (22.11.2026). */
export function formatDanishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
