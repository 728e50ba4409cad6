import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { canAnswerFor, canRecordHearing } from '../../domain/workflow/visibility.ts';
import type { ProposalOutput } from '../../shared/proposal-schema.ts';
import { queryKeys, useHearingBodies } from '../api/queries.ts';
import type { Me } from '../auth/api.ts';
import { actorsOf } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { parseDanishDate } from '../../shared/danish-date.ts';
import { ChoiceGroup } from '../proposals/edit/fields/ChoiceGroup.tsx';
import { DateField } from '../proposals/edit/fields/DateField.tsx';
import { SelectField } from '../proposals/edit/fields/SelectField.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { recordHearing } from './api.ts';

/** A hearing body's answer (Tabel 6), for those who may record one while it is in hearing. */
export function HearingForm({ proposal, me }: { proposal: ProposalOutput; me: Me }) {
  const t = useT();
  const queryClient = useQueryClient();
  const known = useHearingBodies().data ?? [];
  const [body, setBody] = useState('');
  const [heard, setHeard] = useState<boolean | null>(null);
  const [date, setDate] = useState('');
  const [answer, setAnswer] = useState('');
  const [tried, setTried] = useState(false);

  const record = useMutation({
    mutationFn: (isoDate: string) =>
      recordHearing(proposal.id, {
        version: proposal.version,
        body,
        heard: heard ?? false,
        date: isoDate,
        answer,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.proposal(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.proposals });
      setBody('');
      setHeard(null);
      setDate('');
      setAnswer('');
      setTried(false);
    },
  });

  const ref = { status: proposal.status, leadAdministration: proposal.leadAdministration };
  const actors = actorsOf(me);
  if (!actors.some((actor) => canRecordHearing(actor, ref))) return null;

  // The planned rows of Tabel 6 first, then the municipality's other bodies; of them only
  // those this user may answer for: a hearing body its own, the secretariat any.
  const bodies = [...new Set([...proposal.hearings.map((h) => h.body), ...known])].filter((name) =>
    actors.some((actor) => canAnswerFor(actor, name)),
  );
  const own = actors.flatMap((actor) => (actor.hearingBody ? [actor.hearingBody] : []));
  for (const name of own) if (!bodies.includes(name)) bodies.unshift(name);
  const isoDate = parseDanishDate(date);
  const required = t('validation.required');
  const errors = {
    body: tried && !body ? required : undefined,
    heard: tried && heard === null ? required : undefined,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (body && heard !== null && isoDate) record.mutate(isoDate);
  };

  return (
    <form onSubmit={submit} noValidate className="mt-6" aria-labelledby="hearing-form-heading">
      <h3 id="hearing-form-heading">{t('hearingForm.heading')}</h3>
      {record.isSuccess && (
        <Alert variant="success">
          <p className="alert-text">{t('hearingForm.done')}</p>
        </Alert>
      )}
      {record.isError && <ErrorAlert heading={t('hearingForm.failed')} error={record.error} />}
      <SelectField
        id="hearing-body"
        label={t('hearingForm.body')}
        required
        value={body}
        onChange={setBody}
        emptyLabel={t('common.choose')}
        options={bodies.map((name) => ({ value: name, label: name }))}
        error={errors.body}
      />
      <ChoiceGroup id="hearing-heard" label={t('hearingForm.heard')} error={errors.heard}>
        {[true, false].map((choice) => (
          <div className="form-group-radio" key={String(choice)}>
            <input
              type="radio"
              id={`hearing-heard-${String(choice)}`}
              name="hearing-heard"
              className="form-radio"
              checked={heard === choice}
              onChange={() => setHeard(choice)}
            />
            <label className="form-label" htmlFor={`hearing-heard-${String(choice)}`}>
              {choice ? t('common.yes') : t('common.no')}
            </label>
          </div>
        ))}
      </ChoiceGroup>
      <DateField
        id="hearing-date"
        label={t('hearingForm.date')}
        hint={t('hearingForm.dateHint')}
        badDate={t('hearingForm.badDate')}
        value={date}
        onChange={setDate}
        tried={tried}
      />
      <TextAreaField
        id="hearing-answer"
        label={t('hearingForm.answer')}
        value={answer}
        onChange={setAnswer}
        rows={3}
      />
      <button type="submit" className="button button-primary mt-4" disabled={record.isPending}>
        {t('hearingForm.submit')}
      </button>
    </form>
  );
}
