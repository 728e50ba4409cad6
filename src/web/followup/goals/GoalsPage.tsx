import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { canManageGoals } from '../../../domain/followup/permissions.ts';
import { formatDanishDate, formatDanishNumber } from '../../../shared/danish-number.ts';
import type { GoalOutput } from '../../../shared/followup/goals-schema.ts';
import { useProposal } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { evidenceUrl, goalKeys, startGoals, useProposalGoals } from './api.ts';
import { MeasurementForm } from './MeasurementForm.tsx';
import { StatusForm } from './StatusForm.tsx';

// A granted proposal's follow-up goals (Tabel 3 followed up): each indicator with its figures,
// status and follow-up dates, the measurements over time with their evidence, and for its own
// forvaltning and the secretariat the forms to keep them.

const value = (v: number | null) => (v === null ? '' : formatDanishNumber(v, 4));

function Goal({
  goal,
  manage,
  onSaved,
}: {
  goal: GoalOutput;
  manage: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const facts: [string, string][] = [
    [t('goals.measure'), goal.measure],
    [t('goals.owner'), goal.owner],
    [t('goals.when'), goal.when],
    [t('goals.unit'), goal.unit],
    [t('goals.baseline'), value(goal.baseline)],
    [t('goals.target'), value(goal.target)],
    [t('goals.dueDates'), goal.dueDates.map(formatDanishDate).join(', ')],
    [
      t('goals.status'),
      t(`goals.status.${goal.status}`) + (goal.statusComment ? `: ${goal.statusComment}` : ''),
    ],
  ];
  return (
    <section className="mt-7" aria-labelledby={`goal-${goal.id}-title`}>
      <h2 id={`goal-${goal.id}-title`} className="h3">
        {goal.goal}
      </h2>
      <dl>
        {facts
          .filter(([, v]) => v)
          .map(([label, v]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {goal.overdueDates.length > 0 && (
        <p>
          <strong>
            {t('goals.overdue', { dates: goal.overdueDates.map(formatDanishDate).join(', ') })}
          </strong>
        </p>
      )}
      {goal.measurements.length === 0 ? (
        <p>{t('goals.noMeasurements')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('goals.measurementsCaption', { goal: goal.goal })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('goals.measuredOn')}</th>
                <th scope="col" className="align-text-right">
                  {goal.unit ? t('goals.valueIn', { unit: goal.unit }) : t('goals.value')}
                </th>
                <th scope="col">{t('goals.comment')}</th>
                <th scope="col">{t('goals.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.measurements.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{formatDanishDate(m.measuredOn)}</th>
                  <td className="align-text-right">{value(m.value)}</td>
                  <td>{m.comment}</td>
                  <td>
                    {m.evidence ? (
                      <a href={evidenceUrl(goal.id, m.evidence.id)} download>
                        {m.evidence.fileName}
                      </a>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && (
        <>
          <MeasurementForm goal={goal} onSaved={onSaved} />
          <details className="mt-4">
            <summary>{t('goals.editHeading')}</summary>
            <StatusForm goal={goal} onSaved={onSaved} />
          </details>
        </>
      )}
    </section>
  );
}

export function GoalsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const proposal = useProposal(id);
  const goals = useProposalGoals(id);
  const may = useMay();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: goalKeys.of(id) });
  const start = useMutation({ mutationFn: () => startGoals(id), onSuccess: refresh });
  const title = proposal.data
    ? [proposal.data.code, proposal.data.title].filter(Boolean).join(': ')
    : '';
  usePageTitle(t('goals.title', { title }));
  if (goals.isPending || proposal.isPending) return <Loading />;
  if (goals.isError) return <QueryError error={goals.error} />;
  if (proposal.isError) return <QueryError error={proposal.error} />;
  const manage = may((a) => canManageGoals(a, proposal.data));
  return (
    <>
      <p>
        <Link to={`/forslag/${id}`}>{t('goals.back')}</Link>
      </p>
      <h1>{t('goals.title', { title })}</h1>
      {!goals.data.started && (
        <>
          <p>{t('goals.notStarted')}</p>
          <ul>
            {goals.data.tabel3.map((g, i) => (
              <li key={i}>{g.goal}</li>
            ))}
          </ul>
          {start.isError && <ErrorAlert heading={t('goals.failed')} error={start.error} />}
          {manage && goals.data.tabel3.length > 0 && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => start.mutate()}
              disabled={start.isPending}
            >
              {t('goals.start')}
            </button>
          )}
        </>
      )}
      {goals.data.goals.map((goal) => (
        <Goal key={goal.id} goal={goal} manage={manage} onSaved={refresh} />
      ))}
    </>
  );
}
