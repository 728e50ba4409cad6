import { lazy, Suspense } from 'react';
import type { PortfolioYearOutput } from '../../../shared/followup-realised-schema.ts';
import { formatDanishNumber } from '../../../shared/danish-number.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';

// One chart of promised against realised savings, and the same figures as a table: a screen
// reader, a keyboard or a printout reads the table, which is never hidden behind the chart.

// The chart library is large; it loads with the first chart, not with the app.
const SavingsChart = lazy(() =>
  import('./SavingsChart.tsx').then((m) => ({ default: m.SavingsChart })),
);

export function SavingsFigure({
  id,
  name,
  level,
  years,
}: {
  id: string;
  name: string;
  level: number | null;
  years: PortfolioYearOutput[];
}) {
  const t = useT();
  const caption = t('dashboard.caption', { name, level: String(level ?? '') });
  const hasTarget = years.some((y) => y.target !== null);
  const none = t('common.none');
  return (
    <figure className="mt-5" aria-labelledby={`${id}-caption`}>
      <Suspense fallback={<Loading />}>
        <SavingsChart label={t('dashboard.chartLabel', { name })} years={years} />
      </Suspense>
      <figcaption id={`${id}-caption`}>{t('dashboard.chartCaption', { name })}</figcaption>
      <div className="table--responsive-scroll mt-3">
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.year')}</th>
              <th scope="col" className="align-text-right">
                {t('dashboard.planned')}
              </th>
              <th scope="col" className="align-text-right">
                {t('dashboard.plannedReported')}
              </th>
              <th scope="col" className="align-text-right">
                {t('dashboard.realised')}
              </th>
              <th scope="col" className="align-text-right">
                {t('dashboard.percent')}
              </th>
              <th scope="col" className="align-text-right">
                {t('dashboard.reportedCount')}
              </th>
              {hasTarget && (
                <th scope="col" className="align-text-right">
                  {t('dashboard.target')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => {
              const percent = y.percent;
              return (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="align-text-right">{formatAmount(y.planned)}</td>
                  <td className="align-text-right">
                    {y.reported > 0 ? formatAmount(y.plannedReported) : none}
                  </td>
                  <td className="align-text-right">
                    {y.reported > 0 ? formatAmount(y.realised) : none}
                  </td>
                  <td className="align-text-right">
                    {percent === null ? none : `${formatDanishNumber(percent, 1)} %`}
                  </td>
                  <td className="align-text-right">
                    {t('dashboard.reportedOf', { reported: y.reported, proposals: y.proposals })}
                  </td>
                  {hasTarget && (
                    <td className="align-text-right">
                      {y.target === null ? none : formatAmount(y.target)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
