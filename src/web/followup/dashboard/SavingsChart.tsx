import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import type { PortfolioYearOutput } from '../../../shared/followup-realised-schema.ts';
import { formatDanishNumber } from '../../../shared/danish-number.ts';
import { legendText } from '../../charts/ChartFigure.tsx';
import { useT } from '../../i18n/context.ts';

// Promised against realised savings per year, with the secretariat's target as a line where one
// is set (as Aarhus draws expected savings against its efficiency target). Drawn by recharts and
// loaded with the first chart; the table beside it holds the same figures.

export function SavingsChart({ label, years }: { label: string; years: PortfolioYearOutput[] }) {
  const t = useT();
  const points = years.map((y) => ({
    year: String(y.year),
    planned: y.planned,
    plannedReported: y.reported > 0 ? y.plannedReported : null,
    realised: y.reported > 0 ? y.realised : null,
    target: y.target,
  }));
  const hasTarget = years.some((y) => y.target !== null);
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', maxWidth: 720, height: 320 }}
      data={points}
      margin={{ top: 16, right: 24, bottom: 8, left: 24 }}
      role="img"
      aria-label={label}
    >
      <CartesianGrid vertical={false} />
      <XAxis dataKey="year" />
      <YAxis tickFormatter={(v: number) => formatDanishNumber(v)} width={72} />
      <Legend itemSorter={null} formatter={legendText} />
      <Bar
        dataKey="planned"
        name={t('dashboard.planned')}
        fill="#6f8bb0"
        isAnimationActive={false}
      />
      <Bar
        dataKey="plannedReported"
        name={t('dashboard.plannedReported')}
        fill="#2f5b8f"
        isAnimationActive={false}
      />
      <Bar
        dataKey="realised"
        name={t('dashboard.realised')}
        fill="#008139"
        isAnimationActive={false}
      />
      {hasTarget && (
        <Line
          dataKey="target"
          name={t('dashboard.target')}
          stroke="#cc0000"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      )}
    </ComposedChart>
  );
}
