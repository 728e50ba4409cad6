import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { refuseStep } from '../../domain/workflow/decide.ts';
import type { Step } from '../../domain/workflow/transitions.ts';
import type { RoundDecisionItem, RoundDecisionsOutput } from '../../shared/decisions-schema.ts';
import { formatDanishDate } from '../../shared/danish-number.ts';
import { useAdministrations } from '../api/queries.ts';
import type { Me } from '../auth/api.ts';
import { useMe } from '../auth/queries.ts';
import { Thousands } from '../layout/Thousands.tsx';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { RoundNav } from '../rounds/RoundNav.tsx';
import { AllocationView } from './AllocationView.tsx';
import { decisionKeys, useAllocation, useRoundDecisions } from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';

// A round's decisions: per proposal the secretariat's recommendation and the political body's
// decision, the forms to record them for whoever the workflow lets take those steps (the
// server asks the same rules again), and below what the round granted and has left.

/** Whether one of the user's roles may take `step` on the proposal now (the comment aside). */
function mayTake(me: Me | null, item: RoundDecisionItem, step: Step): boolean {
  if (!me || !item.inRound) return false;
  const ref = { status: item.status, leadAdministration: item.leadAdministration };
  return me.roles.some(
    ({ role, administration }) =>
      refuseStep(step, { userId: me.id, role, administration }, ref, 'x') === null,
  );
}

export function DecisionsPage() {
  const { roundId = '' } = useParams();
  const t = useT();
  const decisions = useRoundDecisions(roundId);
  const allocation = useAllocation(roundId);
  usePageTitle(
    decisions.data
      ? t('decisions.title', { round: decisions.data.round.name })
      : t('decisions.nav'),
  );
  if (decisions.isPending) return <Loading />;
  if (decisions.isError) return <QueryError error={decisions.error} />;
  const { round } = decisions.data;
  return (
    <>
      <h1>{t('decisions.title', { round: round.name })}</h1>
      <RoundNav roundId={round.id} roundName={round.name} />
      <p className="font-lead">
        {t('decisions.intro', {
          level: round.priceLevelYear,
          phase: t(`decisions.phase.${round.phase}`),
        })}
      </p>
      <p>
        <Link to={`/runder/${encodeURIComponent(round.id)}/oversigt`}>
          {t('roundOverview.title', { round: round.name })}
        </Link>
      </p>
      <DecisionTable data={decisions.data} />
      {allocation.isPending ? (
        <Loading />
      ) : allocation.isError ? (
        <QueryError error={allocation.error} />
      ) : (
        <AllocationView allocation={allocation.data} />
      )}
    </>
  );
}

function DecisionTable({ data }: { data: RoundDecisionsOutput }) {
  const t = useT();
  const me = useMe().data ?? null;
  const names = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const roundName = (id: string | null) =>
    data.laterRounds.find((r) => r.id === id)?.name ?? id ?? '';
  const onSaved = (item: RoundDecisionItem) => () => {
    setSaved(t('decisions.saved', { title: item.title }));
    void queryClient.invalidateQueries({ queryKey: decisionKeys.round(data.round.id) });
  };
  if (data.items.length === 0) return <p>{t('decisions.empty')}</p>;
  return (
    <>
      {saved && (
        <Alert variant="success">
          <p className="alert-text">{saved}</p>
        </Alert>
      )}
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>
            {t('decisions.caption', { count: data.items.length, level: data.round.priceLevelYear })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.code')}</th>
              <th scope="col">{t('decisions.proposal')}</th>
              <th scope="col">{t('decisions.administration')}</th>
              <th scope="col" className="align-text-right">
                {t('decisions.asked')}
              </th>
              <th scope="col">{t('decisions.recommendation')}</th>
              <th scope="col">{t('decisions.decision')}</th>
              <th scope="col" className="align-text-right">
                {t('decisions.granted')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => {
              const d = item.decision;
              const asked = item.asked.reduce((sum, a) => sum + a.amount, 0);
              const granted = item.plan?.granted.reduce((sum, g) => sum + g.amount, 0) ?? null;
              return (
                <tr key={item.proposalId}>
                  <td>{item.code ?? '–'}</td>
                  <th scope="row">
                    <Link to={`/forslag/${item.proposalId}`}>{item.title}</Link>
                    <br />
                    <span className="form-hint">{t(`status.${item.status}`)}</span>
                  </th>
                  <td>
                    {item.leadAdministration
                      ? (names.get(item.leadAdministration) ?? item.leadAdministration)
                      : '–'}
                  </td>
                  <td className="align-text-right">
                    <Thousands value={asked} />
                  </td>
                  <td>
                    {d?.recommendation ? t(`decisions.recommendation.${d.recommendation}`) : '–'}
                    {d?.recommendationNote && (
                      <span className="form-hint d-block">{d.recommendationNote}</span>
                    )}
                  </td>
                  <td>
                    {d?.outcome ? (
                      <>
                        {t(`decisions.outcome.${d.outcome}`)}
                        {d.outcome === 'postponed' &&
                          ` ${t('decisions.to', { round: roundName(d.postponedToRoundId) })}`}
                        <span className="form-hint d-block">
                          {t('decisions.by', {
                            body: d.decidingBody ?? '',
                            date: d.decidedOn ? formatDanishDate(d.decidedOn) : '',
                          })}
                          {d.decisionText && `: ${d.decisionText}`}
                        </span>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td className="align-text-right">
                    <Thousands value={granted} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {data.items
        .filter((item) =>
          (['recommend', 'not_recommend', 'grant', 'reject', 'postpone'] as const).some((s) =>
            mayTake(me, item, s),
          ),
        )
        .map((item) => (
          // Left open after a save, so the decision follows the recommendation in place; the
          // forms start afresh on the proposal's new version.
          <details key={item.proposalId} className="mt-4">
            <summary>
              {t('decisions.record', {
                title: [item.code, item.title].filter(Boolean).join(' '),
              })}
            </summary>
            {(mayTake(me, item, 'recommend') || mayTake(me, item, 'not_recommend')) && (
              <RecommendationForm
                key={`r${item.version}`}
                roundId={data.round.id}
                item={item}
                onSaved={onSaved(item)}
              />
            )}
            {(mayTake(me, item, 'grant') || mayTake(me, item, 'reject')) && (
              <DecisionForm
                key={`d${item.version}`}
                round={data}
                item={item}
                onSaved={onSaved(item)}
              />
            )}
          </details>
        ))}
    </>
  );
}
