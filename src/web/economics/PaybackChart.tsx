import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatWholeOfThousands } from '../../shared/format.ts';
import { CHART_COLOURS, ChartFigure, legendText } from '../charts/ChartFigure.tsx';
import { useT } from '../i18n/context.ts';
import { Thousands } from '../layout/Thousands.tsx';

// The payback curve: the cumulative impact year by year, on the total economy and on the
// service efficiency, and where it crosses zero. Loaded on its own (recharts is large).

export interface PaybackSeries {
  years: readonly number[];
  /** Thousands of kroner. */
  cumulative: readonly number[];
  serviceCumulative: readonly number[];
  payback: { total: number | null; service: number | null };
}

export function PaybackChart({ years, cumulative, serviceCumulative, payback }: PaybackSeries) {
  const t = useT();
  if (years.length === 0) return null;
  const when = (year: number | null) =>
    year === null
      ? t('chart.never')
      : t('chart.crosses', { year: years[year - 1] ?? year, n: year });
  const description = t('chart.description', {
    first: formatWholeOfThousands(cumulative[0]),
    firstYear: years[0] ?? '',
    last: formatWholeOfThousands(cumulative.at(-1)),
    lastYear: years.at(-1) ?? '',
    total: when(payback.total),
    service: when(payback.service),
  });
  const data = years.map((year, i) => ({
    year,
    total: cumulative[i],
    service: serviceCumulative[i],
  }));
  const paidBackIn = payback.total === null ? null : years[payback.total - 1];
  return (
    <ChartFigure
      title={t('chart.title')}
      description={description}
      table={{
        summary: t('chart.asTable'),
        caption: t('chart.tableCaption'),
        columns: [t('chart.year'), t('chart.total'), t('chart.service')],
        rows: data.map((d) => ({
          key: d.year,
          header: d.year,
          // Whole thousands (the curve of a converted table is not what anyone typed); the exact
          // amount on hover.
          cells: [
            <Thousands key="total" value={d.total} />,
            <Thousands key="service" value={d.service} />,
          ],
        })),
      }}
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid stroke="#dcdcdc" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(v: number) => formatWholeOfThousands(v)} width={72} />
          <ReferenceLine y={0} stroke={CHART_COLOURS.zero} strokeWidth={2} />
          {paidBackIn !== undefined && paidBackIn !== null && (
            <ReferenceLine
              x={paidBackIn}
              stroke={CHART_COLOURS.marker}
              strokeDasharray="3 4"
              strokeWidth={2}
              label={{ value: t('chart.paybackLine'), position: 'insideTopLeft' }}
            />
          )}
          <Line
            dataKey="total"
            name={t('chart.total')}
            stroke={CHART_COLOURS.total}
            strokeWidth={3}
            isAnimationActive={false}
          />
          <Line
            dataKey="service"
            name={t('chart.service')}
            stroke={CHART_COLOURS.service}
            strokeWidth={3}
            strokeDasharray="8 5"
            dot={false}
            isAnimationActive={false}
          />
          <Legend formatter={legendText} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
