import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { availableSteps, nextSteps, WORKFLOW, type Step } from '../../domain/workflow/index.ts';
import type { ProposalOutput } from '../../shared/proposal-schema.ts';
import { ApiError } from '../api/client.ts';
import { queryKeys, useRounds } from '../api/queries.ts';
import { actorsOf } from '../auth/may.ts';
import { useMe } from '../auth/queries.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { SelectField } from '../proposals/edit/fields/SelectField.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { takeStep } from './api.ts';
import { HearingForm } from './HearingForm.tsx';

// Where the proposal is in the workflow, what comes next and who takes it, and the steps the
// signed-in user may take now, as the domain's state machine says; the server decides again.

export function WorkflowPanel({ proposal }: { proposal: ProposalOutput }) {
  const t = useT();
  const me = useMe().data ?? null;
  const rounds = useRounds().data ?? [];
  const queryClient = useQueryClient();
  const ref = { status: proposal.status, leadAdministration: proposal.leadAdministration };
  const open = [...new Set(actorsOf(me).flatMap((actor) => availableSteps(actor, ref)))];
  // Recommendations and decisions are recorded on the round's decisions page.
  const mine = open.filter((s) => !WORKFLOW[s].decision);
  const decides = proposal.roundId !== null && open.some((s) => WORKFLOW[s].decision);
  const [chosen, setChosen] = useState<Step | ''>('');
  const [comment, setComment] = useState('');
  const [roundId, setRoundId] = useState('');
  const step = mine.find((s) => s === chosen) ?? '';

  const take = useMutation({
    mutationFn: (s: Step) =>
      takeStep(proposal.id, {
        step: s,
        version: proposal.version,
        comment,
        ...(s === 'assign_round' ? { roundId } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.proposal(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.proposals });
      setChosen('');
      setComment('');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step) take.mutate(step);
  };
  const issue = (field: string) =>
    take.error instanceof ApiError
      ? take.error.issues.find((i) => i.field === field)?.message
      : undefined;
  const next = nextSteps(proposal.status);
  // Submission's refusal lists the rules it failed; the form's own fields show theirs.
  const reasons =
    take.error instanceof ApiError
      ? take.error.issues.filter((i) => i.field !== 'comment' && i.field !== 'roundId')
      : [];

  return (
    <section className="mt-8" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('workflow.heading')}</h2>
      <p>{t('workflow.status', { status: t(`status.${proposal.status}`) })}</p>
      {next.length === 0 ? (
        <p>{t('workflow.noNext')}</p>
      ) : (
        <>
          <h3>{t('workflow.next')}</h3>
          <ul>
            {next.map(({ step: s, roles }) => (
              <li key={s}>
                {t('workflow.nextItem', {
                  step: t(`step.${s}`),
                  roles: roles.map((role) => t(`role.${role}`)).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {take.isSuccess && (
        <Alert variant="success">
          <p className="alert-text">
            {t('workflow.done', { status: t(`status.${take.data.status}`) })}
          </p>
        </Alert>
      )}
      {take.isError &&
        (reasons.length > 0 ? (
          <Alert variant="error" heading={t('workflow.failed')}>
            <ul className="alert-text">
              {reasons.map((reason) => (
                <li key={reason.field}>{reason.message}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <ErrorAlert heading={t('workflow.failed')} error={take.error} />
        ))}
      {decides && (
        <p>
          <Link to={`/runder/${encodeURIComponent(proposal.roundId ?? '')}/beslutninger`}>
            {t('decisions.recordInRound')}
          </Link>
        </p>
      )}
      {me && mine.length === 0 && !decides && <p>{t('workflow.nothingForYou')}</p>}
      {mine.length > 0 && (
        <form onSubmit={submit} noValidate>
          <h3>{t('workflow.yourActions')}</h3>
          <SelectField
            id="workflow-step"
            label={t('workflow.step')}
            value={step}
            onChange={(v) => setChosen(mine.find((s) => s === v) ?? '')}
            emptyLabel={t('common.choose')}
            options={mine.map((s) => ({ value: s, label: t(`step.${s}`) }))}
          />
          {step === 'assign_round' && (
            <SelectField
              id="workflow-round"
              label={t('workflow.round')}
              required
              value={roundId}
              onChange={setRoundId}
              emptyLabel={t('common.choose')}
              options={rounds.map((r) => ({ value: r.id, label: r.name }))}
              error={issue('roundId')}
            />
          )}
          <TextAreaField
            id="workflow-comment"
            label={t('workflow.comment')}
            required={step !== '' && WORKFLOW[step].commentRequired}
            hint={step === 'approve_finance' ? t('workflow.approvalNote') : undefined}
            value={comment}
            onChange={setComment}
            error={issue('comment')}
            rows={3}
          />
          <button
            type="submit"
            className="button button-primary mt-4"
            disabled={!step || take.isPending}
          >
            {step ? t(`step.${step}`) : t('workflow.takeStep')}
          </button>
        </form>
      )}
      {me && <HearingForm proposal={proposal} me={me} />}
    </section>
  );
}
