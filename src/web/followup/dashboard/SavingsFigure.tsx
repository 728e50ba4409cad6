import { lazy, Suspense } from 'react';
import type { PortfolioYearOutput } from '../../../shared/followup-realised-schema.ts';
import { formatDanishNumber } from '../../../shared/danish-number.ts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { Thousands } from '../../layout/Thousands.tsx';

// One chart of promised against realised savings, and the same figures as a table: a screen
// reader, a keyboard or a printout reads the table, which is never hidden behind the chart.

// The chart library is large; it loads with the first chart, not with the app.
const SavingsChart = lazy(() =>
  import('./SavingsChart.tsx').then((m) => ({ default: m.SavingsChart })),
);

export function SavingsFigure({
  name,
  level,
  years,
}: {
  name: string;
  level: number | null;
  years: PortfolioYearOutput[];
}) {
  const t = useT();
  const hasTarget = years.some((y) => y.target !== null);
  const none = t('common.none');
  const reported = (y: PortfolioYearOutput, value: number) =>
    y.reported > 0 ? <Thousands value={value} /> : none;
  return (
    <ChartFigure
      title={t('dashboard.chartCaption', { name })}
      description={t('dashboard.chartLabel', { name })}
      table={{
        summary: null,
        caption: t('dashboard.caption', { name, level: String(level ?? '') }),
        columns: [
          t('decisions.year'),
          t('dashboard.planned'),
          t('dashboard.plannedReported'),
          t('dashboard.realised'),
          t('dashboard.percent'),
          t('dashboard.reportedCount'),
          ...(hasTarget ? [t('dashboard.target')] : []),
        ],
        rows: years.map((y) => ({
          key: y.year,
          header: y.year,
          cells: [
            <Thousands key="planned" value={y.planned} />,
            reported(y, y.plannedReported),
            reported(y, y.realised),
            y.percent === null ? none : `${formatDanishNumber(y.percent, 1)} %`,
            t('dashboard.reportedOf', { reported: y.reported, proposals: y.proposals }),
            ...(hasTarget ? [y.target === null ? none : <Thousands value={y.target} />] : []),
          ],
        })),
      }}
    >
      <Suspense fallback={<Loading />}>
        <SavingsChart years={years} />
      </Suspense>
    </ChartFigure>
  );
}
