import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  GOAL_STATUSES,
  statusNeedsComment,
  type GoalStatus,
} from '../../../domain/followup/goals.ts';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import {
  formatDanishDate,
  formatDanishNumber,
  parseDanishNumber,
} from '../../../shared/danish-number.ts';
import type { GoalOutput } from '../../../shared/followup/goals-schema.ts';
import { RadioChoice } from '../../decisions/RadioChoice.tsx';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { TextAreaField } from '../../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { updateGoal } from './api.ts';

// The goal as an indicator: how it is measured, who owns it, its unit, baseline and target,
// its follow-up dates, and its status with the reason when it is behind or given up.

const number = (v: number | null) => (v === null ? '' : formatDanishNumber(v, 4));

export function StatusForm({ goal, onSaved }: { goal: GoalOutput; onSaved: () => void }) {
  const t = useT();
  const id = `goal-${goal.id}`;
  const [measure, setMeasure] = useState(goal.measure);
  const [owner, setOwner] = useState(goal.owner);
  const [unit, setUnit] = useState(goal.unit);
  const [baseline, setBaseline] = useState(number(goal.baseline));
  const [target, setTarget] = useState(number(goal.target));
  const [dates, setDates] = useState(goal.dueDates.map(formatDanishDate).join(', '));
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [comment, setComment] = useState(goal.statusComment);
  const [tried, setTried] = useState(false);
  const typedDates = dates.split(/[,;\s]+/).filter(Boolean);
  const dueDates = typedDates.map(parseDanishDate);
  const base = parseDanishNumber(baseline);
  const aim = parseDanishNumber(target);
  const errors = {
    baseline: base !== null && Number.isNaN(base) ? t('goals.badValue') : undefined,
    target: aim !== null && Number.isNaN(aim) ? t('goals.badValue') : undefined,
    dates: dueDates.some((d) => d === null) ? t('goals.badDates') : undefined,
    comment:
      tried && statusNeedsComment(status) && !comment.trim()
        ? t('goals.commentRequired')
        : undefined,
  };
  const save = useMutation({
    mutationFn: () =>
      updateGoal(goal.id, {
        version: goal.version,
        group: goal.group,
        goal: goal.goal,
        measure,
        owner,
        unit,
        baseline: base,
        target: aim,
        dueDates: dueDates as string[],
        when: goal.when,
        status,
        statusComment: comment,
      }),
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const blocked = errors.baseline || errors.target || errors.dates;
    if (!blocked && !(statusNeedsComment(status) && !comment.trim())) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="mt-4">
      <h4 id={`${id}-heading`}>{t('goals.editHeading')}</h4>
      {save.isError && <ErrorAlert heading={t('goals.failed')} error={save.error} />}
      <TextField
        id={`${id}-measure`}
        label={t('goals.measure')}
        value={measure}
        onChange={setMeasure}
      />
      <TextField id={`${id}-owner`} label={t('goals.owner')} value={owner} onChange={setOwner} />
      <TextField
        id={`${id}-unit`}
        label={t('goals.unit')}
        value={unit}
        onChange={setUnit}
        widthClass="input-width-m"
      />
      <TextField
        id={`${id}-baseline`}
        label={t('goals.baseline')}
        inputMode="decimal"
        value={baseline}
        onChange={setBaseline}
        error={errors.baseline}
        widthClass="input-width-s"
      />
      <TextField
        id={`${id}-target`}
        label={t('goals.target')}
        inputMode="decimal"
        value={target}
        onChange={setTarget}
        error={errors.target}
        widthClass="input-width-s"
      />
      <TextField
        id={`${id}-dates`}
        label={t('goals.dueDates')}
        hint={t('goals.dueDatesHint')}
        value={dates}
        onChange={setDates}
        error={errors.dates}
      />
      <RadioChoice
        id={`${id}-status`}
        label={t('goals.status')}
        value={status}
        onChange={setStatus}
        options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`goals.status.${s}`) }))}
      />
      <TextAreaField
        id={`${id}-comment`}
        label={t('goals.statusComment')}
        value={comment}
        onChange={setComment}
        rows={2}
        error={errors.comment}
      />
      <button type="submit" className="button button-primary mt-3" disabled={save.isPending}>
        {t('goals.save')}
      </button>
    </form>
  );
}
