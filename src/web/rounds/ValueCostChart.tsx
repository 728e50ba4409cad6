import { CartesianGrid, LabelList, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { ScoresOutput } from '../../shared/portfolio-schema.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { useT } from '../i18n/context.ts';

// Value against cost: each proposal's weighted score against what it asks of the pool. Drawn by
// recharts; the table above holds the same figures, which the caption says, so the chart is never
// the only way to read them.

export function ValueCostChart({ proposals }: { proposals: ScoresOutput['proposals'] }) {
  const t = useT();
  const points = proposals.map((p) => ({
    cost: p.requested,
    value: p.weightedScore,
    label: p.code ?? p.title,
  }));
  return (
    <figure className="mt-6">
      <ScatterChart
        width={640}
        height={320}
        margin={{ top: 16, right: 32, bottom: 32, left: 16 }}
        role="img"
        aria-label={t('prioritisation.chartLabel')}
      >
        <CartesianGrid />
        <XAxis
          type="number"
          dataKey="cost"
          name={t('prioritisation.requested')}
          tickFormatter={(v: number) => formatDanishNumber(v)}
          label={{ value: t('prioritisation.requested'), position: 'bottom' }}
        />
        <YAxis
          type="number"
          dataKey="value"
          name={t('prioritisation.weighted')}
          label={{ value: t('prioritisation.weighted'), angle: -90, position: 'insideLeft' }}
        />
        <Scatter data={points} fill="#0059b3" isAnimationActive={false}>
          <LabelList dataKey="label" position="top" />
        </Scatter>
      </ScatterChart>
      <figcaption>{t('prioritisation.chartCaption')}</figcaption>
    </figure>
  );
}
