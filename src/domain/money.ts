// Money is whole kroner in a safe integer. Tabel 1 is written in thousands of kroner with at
// most three decimals, so every cell is a whole number of kroner and sums stay exact.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Kroner = Brand<number, 'Kroner'>;
/** Thousands of kroner, as Tabel 1 is written; only at the edges (input, display). */
export type Thousands = Brand<number, 'Thousands'>;

export function kroner(value: number): Kroner {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of kroner: ${value}`);
  return value as Kroner;
}

export function sumKroner(values: readonly (Kroner | null)[]): Kroner {
  let total = 0;
  for (const v of values) total += v ?? 0;
  return total as Kroner;
}

/** Null when the value has more than three decimals, i.e. is not a whole number of kroner. */
export function thousandsToKroner(value: number): Kroner | null {
  const scaled = Math.round(value * 1000);
  if (!Number.isSafeInteger(scaled) || Math.abs(value * 1000 - scaled) > 1e-6) return null;
  return scaled as Kroner;
}

export function kronerToThousands(value: Kroner): Thousands {
  return (value / 1000) as Thousands;
}

/** The exact sum of amounts in thousands as the API gives them, each a whole number of kroner. */
export function sumThousands(values: readonly number[]): Thousands {
  let kroner = 0;
  for (const v of values) kroner += Math.round(v * 1000);
  return (kroner / 1000) as Thousands;
}
