// The scale of the payback chart: a value axis that always includes zero (the line the curve
// must cross) with round steps, and one evenly spaced position per year column.

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** Drops binary noise (0.30000000000000004) from a value built of decimal steps. */
const clean = (value: number) => Number(value.toPrecision(12));

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up in their head. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return clean(step * power);
}

export function valueScale(values: readonly number[], count = 4): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low, count);
  const min = clean(Math.floor(low / step) * step);
  const max = high === low ? step : clean(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e9; i++) ticks.push(clean(min + i * step));
  return { min, max, ticks };
}

/** Where a value lands between `top` (max) and `bottom` (min) in SVG units. */
export function yOf(value: number, scale: Scale, top: number, bottom: number): number {
  const span = scale.max - scale.min || 1;
  return bottom - ((value - scale.min) / span) * (bottom - top);
}

/** The centre of column `i` of `n` between `left` and `right`. */
export function xOf(i: number, n: number, left: number, right: number): number {
  return left + ((i + 0.5) / Math.max(n, 1)) * (right - left);
}
