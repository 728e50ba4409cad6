import type { Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import { scaleKroner } from './rounding.ts';

/**
 * A price index kept by the pool secretariat: p/l year -> index in hundredths of a point, as
 * integers so conversion stays exact (102,80 is 10280). Only the ratio between years matters.
 */
export type PriceIndex = Readonly<Record<number, number>>;

/** An index as people write it (121,35) in hundredths; null beyond two decimals or not > 0. */
export function indexPointsOf(value: number): number | null {
  const scaled = Math.round(value * 100);
  if (!Number.isSafeInteger(scaled) || scaled <= 0 || Math.abs(value * 100 - scaled) > 1e-6) {
    return null;
  }
  return scaled;
}

export function indexValueOf(points: number): number {
  return points / 100;
}

/** Why a conversion failed, with the figures its message names (price-level-messages.ts). */
export type PriceLevelError =
  | { code: 'price-level-missing' }
  | { code: 'index-year-missing'; year: number }
  | { code: 'index-invalid'; year: number; points: number }
  | { code: 'amount-out-of-range'; cell: { row: number; column: number } | null };

export type PriceLevelResult<T> = { ok: true; value: T } | { ok: false; error: PriceLevelError };

/** A year's index as conversion uses it; an error saying why when the year cannot be used. */
export function indexPoints(index: PriceIndex, year: number): PriceLevelResult<bigint> {
  const points = index[year];
  if (points === undefined) {
    return { ok: false, error: { code: 'index-year-missing', year } };
  }
  if (!Number.isSafeInteger(points) || points <= 0) {
    return { ok: false, error: { code: 'index-invalid', year, points } };
  }
  return { ok: true, value: BigInt(points) };
}

/** The exact factor index[toYear] / index[fromYear] as a numerator and a denominator. */
export function priceRatio(
  index: PriceIndex,
  fromYear: number,
  toYear: number,
): PriceLevelResult<{ numerator: bigint; denominator: bigint }> {
  const from = indexPoints(index, fromYear);
  if (!from.ok) return from;
  const to = indexPoints(index, toYear);
  if (!to.ok) return to;
  return { ok: true, value: { numerator: to.value, denominator: from.value } };
}

function outOfRange(cell: { row: number; column: number } | null): PriceLevelResult<never> {
  return { ok: false, error: { code: 'amount-out-of-range', cell } };
}

/** One amount from fromYear's p/l to toYear's, rounded half away from zero to whole kroner. */
export function convertAmount(
  value: Kroner,
  fromYear: number,
  toYear: number,
  index: PriceIndex,
): PriceLevelResult<Kroner> {
  const ratio = priceRatio(index, fromYear, toYear);
  if (!ratio.ok) return ratio;
  const scaled = scaleKroner(value, ratio.value.numerator, ratio.value.denominator);
  return scaled === null ? outOfRange(null) : { ok: true, value: scaled };
}

/**
 * Tabel 1 in another price level: every cell times index[toYear] / index[priceLevelYear],
 * rounded half away from zero to whole kroner per cell, as the documents round per cell.
 */
export function convertPriceLevel(
  table: EconomicTable,
  toYear: number,
  index: PriceIndex,
): PriceLevelResult<EconomicTable> {
  if (table.priceLevelYear === null) {
    return { ok: false, error: { code: 'price-level-missing' } };
  }
  const ratio = priceRatio(index, table.priceLevelYear, toYear);
  if (!ratio.ok) return ratio;
  const { numerator, denominator } = ratio.value;
  const rows = [];
  for (const [row, source] of table.rows.entries()) {
    const values: (Kroner | null)[] = [];
    for (const [column, value] of source.values.entries()) {
      const scaled = value === null ? null : scaleKroner(value, numerator, denominator);
      if (value !== null && scaled === null) return outOfRange({ row, column });
      values.push(scaled);
    }
    rows.push({ ...source, values });
  }
  return { ok: true, value: { ...table, priceLevelYear: toYear, rows } };
}
