import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import { parseDanishNumber } from '../../../shared/danish-number.ts';
import type { GoalOutput } from '../../../shared/followup/goals-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { TextAreaField } from '../../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { recordMeasurement } from './api.ts';

/** A measurement of the goal's indicator, with a report or survey result as evidence. */
export function MeasurementForm({ goal, onSaved }: { goal: GoalOutput; onSaved: () => void }) {
  const t = useT();
  const id = `measure-${goal.id}`;
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const measuredOn = parseDanishDate(date);
  const number = parseDanishNumber(value);
  const errors = {
    date: tried
      ? !date
        ? t('validation.required')
        : measuredOn
          ? undefined
          : t('loans.badDate')
      : undefined,
    value: number !== null && Number.isNaN(number) ? t('goals.badValue') : undefined,
  };
  const save = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('version', String(goal.version));
      form.set('measuredOn', measuredOn!);
      if (number !== null) form.set('value', String(number));
      form.set('comment', comment);
      const file = fileInput.current?.files?.[0];
      if (file) form.set('file', file);
      return recordMeasurement(goal.id, form);
    },
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (measuredOn && !errors.value) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="mt-4">
      <h4 id={`${id}-heading`}>{t('goals.recordMeasurement')}</h4>
      {save.isError && <ErrorAlert heading={t('goals.failed')} error={save.error} />}
      <TextField
        id={`${id}-date`}
        label={t('goals.measuredOn')}
        hint={t('loans.dateHint')}
        required
        value={date}
        onChange={setDate}
        error={errors.date}
        widthClass="input-width-s"
      />
      <TextField
        id={`${id}-value`}
        label={goal.unit ? t('goals.valueIn', { unit: goal.unit }) : t('goals.value')}
        inputMode="decimal"
        value={value}
        onChange={setValue}
        error={errors.value}
        widthClass="input-width-s"
      />
      <TextAreaField
        id={`${id}-comment`}
        label={t('goals.comment')}
        value={comment}
        onChange={setComment}
        rows={2}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-file`}>
          {t('goals.evidence')}
        </label>
        <span className="form-hint" id={`${id}-file-hint`}>
          {t('goals.evidenceHint')}
        </span>
        <input
          ref={fileInput}
          type="file"
          id={`${id}-file`}
          className="form-file-input"
          aria-describedby={`${id}-file-hint`}
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.csv"
        />
      </div>
      <button type="submit" className="button button-primary mt-3" disabled={save.isPending}>
        {t('goals.saveMeasurement')}
      </button>
    </form>
  );
}
