import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { RECOMMENDATIONS, type Recommendation } from '../../domain/rounds/decisions.ts';
import type { RoundDecisionItem } from '../../shared/decisions-schema.ts';
import { useT } from '../i18n/context.ts';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { recordRecommendation } from './api.ts';
import { RadioChoice } from './RadioChoice.tsx';

/** The secretariat's recommendation; not recommending asks for the reason. */
export function RecommendationForm({
  roundId,
  item,
  onSaved,
}: {
  roundId: string;
  item: RoundDecisionItem;
  onSaved: () => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<Recommendation | ''>('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (recommendation: Recommendation) =>
      recordRecommendation(roundId, item.proposalId, {
        version: item.version,
        recommendation,
        note,
      }),
    onSuccess: onSaved,
  });
  const id = `recommend-${item.proposalId}`;
  const errors = {
    choice: tried && !choice ? t('validation.required') : undefined,
    note:
      tried && choice === 'not_recommended' && !note.trim()
        ? t('decisions.noteRequired')
        : undefined,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (choice && !errors.note && !(choice === 'not_recommended' && !note.trim()))
      save.mutate(choice);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="mt-4">
      <h4 id={`${id}-heading`}>{t('decisions.recommendHeading')}</h4>
      {save.isError && <ErrorAlert heading={t('decisions.failed')} error={save.error} />}
      <RadioChoice
        id={id}
        label={t('decisions.recommendation')}
        value={choice}
        onChange={setChoice}
        options={RECOMMENDATIONS.map((r) => ({
          value: r,
          label: t(`decisions.recommendation.${r}`),
        }))}
        error={errors.choice}
      />
      <TextAreaField
        id={`${id}-note`}
        label={t('decisions.note')}
        value={note}
        onChange={setNote}
        rows={2}
        error={errors.note}
      />
      <button type="submit" className="button button-primary mt-3" disabled={save.isPending}>
        {t('decisions.saveRecommendation')}
      </button>
    </form>
  );
}
