import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { AllocationOutput } from '../../shared/decisions-schema.ts';
import { formatWholeOfThousands } from '../../shared/format.ts';
import { CHART_COLOURS, ChartFigure, legendText } from '../charts/ChartFigure.tsx';
import { useT } from '../i18n/context.ts';
import { Thousands } from '../layout/Thousands.tsx';

// One pool's cash flow: per year what the pool pays out (a bar below zero) and what the granted
// proposals' savings return (a bar above), and the running net as a line. Loaded on its own
// (recharts is large).

type Flow = AllocationOutput['cashFlow'][number];

export function CashFlowChart({ flow, level }: { flow: Flow; level: number }) {
  const t = useT();
  const years = flow.years;
  if (years.length === 0) return null;
  const totals = years.reduce(
    (sum, y) => ({ payout: sum.payout + y.payout, savings: sum.savings + y.savings }),
    { payout: 0, savings: 0 },
  );
  const description = t('decisions.chart.description', {
    pool: flow.name,
    first: years[0]!.year,
    last: years.at(-1)!.year,
    payout: formatWholeOfThousands(totals.payout),
    savings: formatWholeOfThousands(totals.savings),
    net: formatWholeOfThousands(years.at(-1)!.cumulativeNet),
  });
  const data = years.map((y) => ({ ...y, paidOut: -y.payout }));
  return (
    <ChartFigure
      title={t('decisions.chart.title', { pool: flow.name, level })}
      description={description}
      table={{
        summary: t('decisions.chart.asTable', { pool: flow.name }),
        caption: t('decisions.chart.tableCaption', { pool: flow.name, level }),
        columns: [
          t('decisions.year'),
          t('decisions.chart.payout'),
          t('decisions.chart.savings'),
          t('decisions.chart.net'),
          t('decisions.chart.cumulative'),
        ],
        rows: years.map((y) => ({
          key: y.year,
          header: y.year,
          // Whole thousands, as the tables print them; the exact amount on hover.
          cells: [y.payout, y.savings, y.net, y.cumulativeNet].map((v, i) => (
            <Thousands key={i} value={v} />
          )),
        })),
      }}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid stroke="#dcdcdc" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(v: number) => formatWholeOfThousands(v)} width={72} />
          <ReferenceLine y={0} stroke={CHART_COLOURS.zero} strokeWidth={2} />
          <Bar
            dataKey="paidOut"
            name={t('decisions.chart.payout')}
            fill={CHART_COLOURS.payout}
            isAnimationActive={false}
          />
          <Bar
            dataKey="savings"
            name={t('decisions.chart.savings')}
            fill={CHART_COLOURS.savings}
            isAnimationActive={false}
          />
          <Line
            dataKey="cumulativeNet"
            name={t('decisions.chart.cumulative')}
            stroke={CHART_COLOURS.total}
            strokeWidth={3}
            isAnimationActive={false}
          />
          <Legend formatter={legendText} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
