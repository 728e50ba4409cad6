import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { canPrioritise } from '../../domain/workflow/permissions.ts';
import type { ScoresOutput } from '../../shared/portfolio-schema.ts';
import { Thousands } from '../layout/Thousands.tsx';
import { ApiError } from '../api/client.ts';
import { useRounds } from '../api/queries.ts';
import { useMay } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { saveScores, roundKeys, useScores } from './api.ts';
import { OptimiserPanel } from './OptimiserPanel.tsx';
import { RoundNav } from './RoundNav.tsx';

// The secretariat's prioritisation of a round: the criteria matrix (a score per criterion and
// proposal, within the criterion's scale), the weighted ranking, value against cost, and the
// optimiser. Everyone signed in sees the ranking; only the secretariat scores and optimises, as
// the API allows (the same domain rule, canPrioritise).

type Proposal = ScoresOutput['proposals'][number];

// The chart library is large; it loads with the first chart, not with the app.
const ValueCostChart = lazy(() =>
  import('./ValueCostChart.tsx').then((m) => ({ default: m.ValueCostChart })),
);

export function PrioritisationPage() {
  const { roundId = '' } = useParams();
  const t = useT();
  const scores = useScores(roundId);
  const roundName = useRounds().data?.find((r) => r.id === roundId)?.name ?? roundId;
  usePageTitle(t('prioritisation.title'));
  if (scores.isPending) return <Loading />;
  if (scores.isError) return <QueryError error={scores.error} />;
  const data = scores.data;
  return (
    <>
      <h1>{t('prioritisation.title')}</h1>
      <p className="font-lead">
        {data.rulesVersion === null
          ? t('overview.noRules')
          : t('overview.rulesVersion', { version: data.rulesVersion })}
      </p>
      <RoundNav roundId={roundId} roundName={roundName} />
      <ScoresTable data={data} />
      {data.proposals.length > 0 && (
        <Suspense fallback={<Loading />}>
          <ValueCostChart proposals={data.proposals} />
        </Suspense>
      )}
      <OptimiserPanel roundId={roundId} proposals={data.proposals} />
    </>
  );
}

function ScoresTable({ data }: { data: ScoresOutput }) {
  const t = useT();
  const may = useMay();
  const editable = may(canPrioritise);
  if (data.proposals.length === 0) return <p>{t('prioritisation.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact" data-testid="scores">
        <caption>{t('prioritisation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prioritisation.rank')}</th>
            <th scope="col">{t('overview.col.code')}</th>
            <th scope="col">{t('overview.col.title')}</th>
            {data.criteria.map((c) => (
              <th scope="col" key={c.key}>
                {t('prioritisation.criterion', {
                  name: c.name,
                  min: c.scaleMin,
                  max: c.scaleMax,
                  weight: c.weight,
                })}
              </th>
            ))}
            <th scope="col" className="align-text-right">
              {t('prioritisation.weighted')}
            </th>
            <th scope="col" className="align-text-right">
              {t('prioritisation.requested')}
            </th>
            {editable && <td />}
          </tr>
        </thead>
        <tbody>
          {data.proposals.map((p) => (
            <ScoreRow key={p.proposalId} data={data} proposal={p} editable={editable} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScoreRow({
  data,
  proposal,
  editable,
}: {
  data: ScoresOutput;
  proposal: Proposal;
  editable: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(data.criteria.map((c) => [c.key, String(proposal.scores[c.key] ?? '')])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const name = proposal.code ?? proposal.title;
  const save = async () => {
    setProblem(null);
    setSaved(false);
    const scores = data.criteria.flatMap((c) => {
      const text = typed[c.key]?.trim() ?? '';
      return text === '' ? [] : [{ criterionKey: c.key, score: Number(text) }];
    });
    try {
      await saveScores(data.roundId, proposal.proposalId, scores);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: roundKeys.scores(data.roundId) });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <tr>
      <td>{proposal.rank}</td>
      <td>{proposal.code ?? t('common.none')}</td>
      <th scope="row">
        {proposal.title}
        {problem && (
          <span className="d-block form-error-message" role="alert">
            {problem}
          </span>
        )}
        {saved && (
          <span className="d-block" role="status">
            {t('prioritisation.saved')}
          </span>
        )}
      </th>
      {data.criteria.map((c) => (
        <td key={c.key}>
          {editable ? (
            <input
              className="form-input input-width-xxs"
              type="number"
              inputMode="numeric"
              min={c.scaleMin}
              max={c.scaleMax}
              aria-label={t('prioritisation.scoreFor', { criterion: c.name, proposal: name })}
              value={typed[c.key] ?? ''}
              onChange={(e) => setTyped({ ...typed, [c.key]: e.target.value })}
            />
          ) : (
            (proposal.scores[c.key] ?? '–')
          )}
        </td>
      ))}
      <td className="align-text-right">{proposal.weightedScore}</td>
      <td className="align-text-right">
        <Thousands value={proposal.requested} />
      </td>
      {editable && (
        <td>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void save()}
            aria-label={t('prioritisation.saveFor', { proposal: name })}
          >
            {t('prioritisation.save')}
          </button>
        </td>
      )}
    </tr>
  );
}
