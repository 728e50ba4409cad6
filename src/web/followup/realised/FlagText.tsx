import type { RealisationFlagOutput } from '../../../shared/followup-realised-schema.ts';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';

/** A flag in words: how far the savings lag the plan, or which report is overdue since when. */
export function FlagText({ flag }: { flag: RealisationFlagOutput }) {
  const t = useT();
  if (flag.kind === 'overdue') {
    return (
      <>
        {t('realised.flag.overdue', {
          year: String(flag.year),
          due: formatDanishDate(flag.dueOn),
          days: flag.daysOverdue,
        })}
      </>
    );
  }
  return (
    <>
      {t('realised.flag.lag', {
        years: yearSpan(flag.years),
        realised: formatAmount(flag.realisedSavings),
        planned: formatAmount(flag.plannedSavings),
        shortfall: formatAmount(flag.shortfall),
      })}
    </>
  );
}

/** "2025" or "2025-2026"; the reported years are whole years, not always consecutive. */
function yearSpan(years: number[]): string {
  if (years.length === 0) return '';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length > 1
    ? `${years[0]}-${years.at(-1)}`
    : years.map(String).join(', ');
}
