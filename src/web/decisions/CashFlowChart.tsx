import { useId } from 'react';
import type { AllocationOutput } from '../../shared/decisions-schema.ts';
import { formatAmount } from '../../shared/format.ts';
import { valueScale, xOf, yOf } from '../economics/chart-scale.ts';
import { useT } from '../i18n/context.ts';

// One pool's cash flow: per year what the pool pays out (a bar below zero) and what the granted
// proposals' savings return (a bar above), and the running net as a line. Inline SVG with a
// title and a description for screen readers, and the same figures as a table.

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 84;
const RIGHT = WIDTH - 16;
const TOP = 16;
const BOTTOM = HEIGHT - 36;

type Flow = AllocationOutput['cashFlow'][number];

export function CashFlowChart({ flow, level }: { flow: Flow; level: number }) {
  const t = useT();
  const id = useId();
  const years = flow.years;
  if (years.length === 0) return null;
  const n = years.length;
  const scale = valueScale(years.flatMap((y) => [-y.payout, y.savings, y.cumulativeNet]));
  const zero = yOf(0, scale, TOP, BOTTOM);
  const slot = (RIGHT - LEFT) / n;
  const bar = Math.max(4, slot * 0.3);
  const totals = years.reduce(
    (sum, y) => ({ payout: sum.payout + y.payout, savings: sum.savings + y.savings }),
    { payout: 0, savings: 0 },
  );
  const description = t('decisions.chart.description', {
    pool: flow.name,
    first: years[0]!.year,
    last: years.at(-1)!.year,
    payout: formatAmount(totals.payout),
    savings: formatAmount(totals.savings),
    net: formatAmount(years.at(-1)!.cumulativeNet),
  });
  const line = years
    .map((y, i) => `${xOf(i, n, LEFT, RIGHT)},${yOf(y.cumulativeNet, scale, TOP, BOTTOM)}`)
    .join(' ');

  return (
    <figure className="payback-chart mt-5">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="payback-chart-svg"
      >
        <title id={`${id}-title`}>{t('decisions.chart.title', { pool: flow.name, level })}</title>
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
        {years.map((y, i) => {
          const x = xOf(i, n, LEFT, RIGHT);
          const out = yOf(-y.payout, scale, TOP, BOTTOM);
          const back = yOf(y.savings, scale, TOP, BOTTOM);
          return (
            <g key={y.year}>
              <rect
                x={x - bar}
                y={zero}
                width={bar}
                height={Math.max(0, out - zero)}
                className="chart-bar-payout"
              />
              <rect
                x={x}
                y={back}
                width={bar}
                height={Math.max(0, zero - back)}
                className="chart-bar-savings"
              />
              <text x={x} y={HEIGHT - 12} className="chart-label" textAnchor="middle">
                {y.year}
              </text>
            </g>
          );
        })}
        <polyline points={line} className="chart-line chart-total" />
      </svg>
      <figcaption>
        <span className="chart-key chart-key-payout" aria-hidden="true" />{' '}
        {t('decisions.chart.payout')}
        <span className="chart-key chart-key-savings ml-5" aria-hidden="true" />{' '}
        {t('decisions.chart.savings')}
        <span className="chart-key chart-key-total ml-5" aria-hidden="true" />{' '}
        {t('decisions.chart.cumulative')}
      </figcaption>
      <details className="mt-3">
        <summary>{t('decisions.chart.asTable', { pool: flow.name })}</summary>
        <table className="table table--compact">
          <caption>{t('decisions.chart.tableCaption', { pool: flow.name, level })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.year')}</th>
              <th scope="col" className="align-text-right">
                {t('decisions.chart.payout')}
              </th>
              <th scope="col" className="align-text-right">
                {t('decisions.chart.savings')}
              </th>
              <th scope="col" className="align-text-right">
                {t('decisions.chart.net')}
              </th>
              <th scope="col" className="align-text-right">
                {t('decisions.chart.cumulative')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="align-text-right">{formatAmount(y.payout)}</td>
                <td className="align-text-right">{formatAmount(y.savings)}</td>
                <td className="align-text-right">{formatAmount(y.net)}</td>
                <td className="align-text-right">{formatAmount(y.cumulativeNet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
