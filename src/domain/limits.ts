// Bounds that the web form, the API and the Excel reader all hold a value to, declared once so
// that they never disagree on what a valid year or amount is.

/** The years a plan, a price level or a Tabel 1 column may be in. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export function isPlanYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

/** The largest amount, either sign, that a cell of Tabel 1 may hold, in thousands of kroner. */
export const MAX_AMOUNT_THOUSANDS = 1e12;
