import { useId } from 'react';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { valueScale, xOf, yOf } from './chart-scale.ts';

// The payback curve: the cumulative impact year by year, on the total economy and on the
// service efficiency, and where it crosses zero. Drawn as inline SVG: a title and a
// description for screen readers, and the same figures as a table for anyone who wants them.

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 84;
const RIGHT = WIDTH - 16;
const TOP = 16;
const BOTTOM = HEIGHT - 36;

export interface PaybackSeries {
  years: readonly number[];
  /** Thousands of kroner. */
  cumulative: readonly number[];
  serviceCumulative: readonly number[];
  payback: { total: number | null; service: number | null };
}

function points(values: readonly number[], scale: ReturnType<typeof valueScale>) {
  return values
    .map((v, i) => `${xOf(i, values.length, LEFT, RIGHT)},${yOf(v, scale, TOP, BOTTOM)}`)
    .join(' ');
}

export function PaybackChart({ years, cumulative, serviceCumulative, payback }: PaybackSeries) {
  const t = useT();
  const id = useId();
  if (years.length === 0) return null;
  const scale = valueScale([...cumulative, ...serviceCumulative]);
  const n = years.length;
  const zero = yOf(0, scale, TOP, BOTTOM);
  const when = (year: number | null) =>
    year === null
      ? t('chart.never')
      : t('chart.crosses', { year: years[year - 1] ?? year, n: year });
  const description = t('chart.description', {
    first: formatAmount(cumulative[0]),
    firstYear: years[0] ?? '',
    last: formatAmount(cumulative.at(-1)),
    lastYear: years.at(-1) ?? '',
    total: when(payback.total),
    service: when(payback.service),
  });
  const paidBack = payback.total === null ? null : xOf(payback.total - 1, n, LEFT, RIGHT);

  return (
    <figure className="payback-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="payback-chart-svg"
      >
        <title id={`${id}-title`}>{t('chart.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {scale.ticks.map((tick) => {
          const y = yOf(tick, scale, TOP, BOTTOM);
          return (
            <g key={tick}>
              <line x1={LEFT} x2={RIGHT} y1={y} y2={y} className="chart-grid" />
              <text x={LEFT - 8} y={y} className="chart-label" textAnchor="end" dy="0.35em">
                {formatAmount(tick)}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} x2={RIGHT} y1={zero} y2={zero} className="chart-zero" />
        {years.map((year, i) => (
          <text
            key={i}
            x={xOf(i, n, LEFT, RIGHT)}
            y={HEIGHT - 12}
            className="chart-label"
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        {paidBack !== null && (
          <line
            x1={paidBack}
            x2={paidBack}
            y1={TOP}
            y2={BOTTOM}
            className="chart-payback"
            data-testid="payback-marker"
          />
        )}
        <polyline points={points(serviceCumulative, scale)} className="chart-line chart-service" />
        <polyline points={points(cumulative, scale)} className="chart-line chart-total" />
        {cumulative.map((v, i) => (
          <circle
            key={i}
            cx={xOf(i, n, LEFT, RIGHT)}
            cy={yOf(v, scale, TOP, BOTTOM)}
            r={4}
            className="chart-point"
          />
        ))}
      </svg>
      <figcaption>
        <span className="chart-key chart-key-total" aria-hidden="true" /> {t('chart.total')}
        <span className="chart-key chart-key-service ml-5" aria-hidden="true" />{' '}
        {t('chart.service')}
        {paidBack !== null && (
          <>
            <span className="chart-key chart-key-payback ml-5" aria-hidden="true" />{' '}
            {t('chart.paybackLine')}
          </>
        )}
      </figcaption>
      <details className="mt-3">
        <summary>{t('chart.asTable')}</summary>
        <table className="table table--compact">
          <caption>{t('chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.year')}</th>
              <th scope="col" className="align-text-right">
                {t('chart.total')}
              </th>
              <th scope="col" className="align-text-right">
                {t('chart.service')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year, i) => (
              <tr key={i}>
                <th scope="row">{year}</th>
                <td className="align-text-right">{formatAmount(cumulative[i])}</td>
                <td className="align-text-right">{formatAmount(serviceCumulative[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
