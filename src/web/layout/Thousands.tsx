import { formatAmount, formatWholeOfThousands } from '../../shared/format.ts';

/**
 * An exact amount in thousands (as the API gives it) shown in whole thousands, as the
 * municipality prints its tables, with the exact amount in a tooltip where they differ.
 */
export function Thousands({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return null;
  const whole = formatWholeOfThousands(value);
  const exact = formatAmount(value);
  return whole === exact ? <>{whole}</> : <span title={exact}>{whole}</span>;
}
