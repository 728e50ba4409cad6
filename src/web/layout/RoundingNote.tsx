import { formatDanishNumber } from '../../shared/danish-number.ts';
import { roundingDifference, wholeOfThousands } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';

/** A column of a table in whole thousands: its exact parts and the exact total under them. */
export interface RoundedColumn {
  label: string | number;
  parts: readonly (number | null)[];
  total: number | null;
}

/**
 * Under a table printed in whole thousands: where the rounded figures above a total do not add
 * up to the rounded total, says so per column, so the difference is shown rather than hidden.
 * Nothing when every column adds up.
 */
export function RoundingNote({ columns }: { columns: readonly RoundedColumn[] }) {
  const t = useT();
  const off = columns.flatMap((c) => {
    if (c.total === null) return [];
    const difference = roundingDifference(c.parts, c.total);
    return difference === 0 ? [] : [{ ...c, total: c.total, difference }];
  });
  if (off.length === 0) return null;
  return (
    <p className="form-hint" data-testid="rounding-note">
      {t('rounding.note', {
        columns: off
          .map((c) =>
            t('rounding.column', {
              label: c.label,
              rows: formatDanishNumber(wholeOfThousands(c.total) + c.difference),
              total: formatDanishNumber(wholeOfThousands(c.total)),
              difference: formatDanishNumber(c.difference),
            }),
          )
          .join('; '),
      })}
    </p>
  );
}
