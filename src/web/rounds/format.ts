import { thousandsToKroner } from '../../domain/money.ts';
import { wholeThousands } from '../../domain/rounds/overview.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';

/** An exact amount in thousands shown as the appendix prints it: whole thousands, rounded alike. */
export const wholeThousandsOf = (value: number | null): string => {
  const kr = value === null ? null : thousandsToKroner(value);
  return kr === null ? '' : formatDanishNumber(wholeThousands(kr));
};
