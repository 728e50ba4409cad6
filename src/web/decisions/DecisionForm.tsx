import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { kronerToThousands } from '../../domain/money.ts';
import { askedPerYear } from '../../domain/rounds/decisions-plan.ts';
import { OUTCOMES, type Outcome } from '../../domain/rounds/decisions.ts';
import { parseDanishDate } from '../../shared/danish-date.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import type { RoundDecisionItem, RoundDecisionsOutput } from '../../shared/decisions-schema.ts';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { SelectField } from '../proposals/edit/fields/SelectField.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { recordDecision } from './api.ts';
import { parseGranted, previewPlan, tableInThousands } from './plan-preview.ts';
import { RadioChoice } from './RadioChoice.tsx';
import { YearHeaders } from '../layout/YearHeaders.tsx';

/**
 * The political body's decision. Granting shows what was asked per year, takes what was
 * granted, and shows the plan (the implementation rows of Tabel 1 as decided) before it is
 * saved; the plan sent is the one shown, and the server checks it holds the granted amounts.
 */
export function DecisionForm({
  round,
  item,
  onSaved,
}: {
  round: RoundDecisionsOutput;
  item: RoundDecisionItem;
  onSaved: () => void;
}) {
  const t = useT();
  const id = `decide-${item.proposalId}`;
  const askedYears = item.asked.filter((a) => a.amount !== 0);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [date, setDate] = useState('');
  const [body, setBody] = useState('');
  const [text, setText] = useState('');
  const [laterRound, setLaterRound] = useState('');
  const [typed, setTyped] = useState<Record<number, string>>(() =>
    Object.fromEntries(
      item.asked.map((a) => [a.year, a.amount === 0 ? '' : formatDanishNumber(a.amount)]),
    ),
  );
  const [tried, setTried] = useState(false);

  const parsed = parseGranted(typed);
  const plan = outcome === 'granted' && parsed.ok ? previewPlan(item.table, parsed.granted) : null;
  const isoDate = parseDanishDate(date);
  const required = t('validation.required');
  const errors = {
    outcome: tried && !outcome ? required : undefined,
    date: tried ? (!date ? required : isoDate ? undefined : t('decisions.badDate')) : undefined,
    body: tried && !body.trim() ? required : undefined,
    text:
      tried && (outcome === 'rejected' || outcome === 'postponed') && !text.trim()
        ? t('decisions.textRequired')
        : undefined,
    laterRound: tried && outcome === 'postponed' && !laterRound ? required : undefined,
    granted:
      outcome === 'granted' && !parsed.ok
        ? t('decisions.badAmount', { year: parsed.year })
        : undefined,
  };

  const save = useMutation({
    mutationFn: () =>
      recordDecision(round.round.id, item.proposalId, {
        version: item.version,
        outcome: outcome as Outcome,
        decidedOn: isoDate!,
        decidingBody: body,
        decisionText: text,
        ...(outcome === 'postponed' ? { postponedToRoundId: laterRound } : {}),
        ...(outcome === 'granted' && parsed.ok && plan
          ? {
              granted: parsed.granted.map((g) => ({
                year: g.year,
                amount: kronerToThousands(g.amount),
              })),
              table: tableInThousands(plan),
            }
          : {}),
      }),
    onSuccess: onSaved,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(errors).some(Boolean) || !outcome || !isoDate || !body.trim()) return;
    if ((outcome === 'rejected' || outcome === 'postponed') && !text.trim()) return;
    if (outcome === 'postponed' && !laterRound) return;
    save.mutate();
  };

  const implementation = plan?.rows.filter((row) => row.section === 'implementation') ?? [];
  const plannedTotals = plan ? askedPerYear(plan) : [];

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="mt-4">
      <h4 id={`${id}-heading`}>{t('decisions.decideHeading')}</h4>
      {save.isError && <ErrorAlert heading={t('decisions.failed')} error={save.error} />}
      <RadioChoice
        id={`${id}-outcome`}
        label={t('decisions.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`decisions.outcome.${o}`) }))}
        error={errors.outcome}
      />
      <TextField
        id={`${id}-date`}
        label={t('decisions.decidedOn')}
        hint={t('decisions.dateHint')}
        required
        value={date}
        onChange={setDate}
        error={errors.date}
        widthClass="input-width-s"
      />
      <TextField
        id={`${id}-body`}
        label={t('decisions.decidingBody')}
        hint={t('decisions.bodyHint')}
        required
        value={body}
        onChange={setBody}
        error={errors.body}
      />
      <TextAreaField
        id={`${id}-text`}
        label={t('decisions.decisionText')}
        value={text}
        onChange={setText}
        rows={2}
        error={errors.text}
      />
      {outcome === 'postponed' && (
        <SelectField
          id={`${id}-later`}
          label={t('decisions.laterRound')}
          required
          value={laterRound}
          onChange={setLaterRound}
          emptyLabel={t('common.choose')}
          options={round.laterRounds.map((r) => ({ value: r.id, label: r.name }))}
          error={errors.laterRound}
        />
      )}
      {outcome === 'granted' && (
        <fieldset className="mt-4" aria-describedby={`${id}-granted-hint`}>
          <legend className="form-label">
            {t('decisions.grantedLegend', { level: round.round.priceLevelYear })}
          </legend>
          <p id={`${id}-granted-hint`} className="form-hint">
            {t('decisions.grantedHint', {
              asked:
                askedYears.map((a) => `${a.year}: ${formatAmount(a.amount)}`).join(', ') || '0',
            })}
          </p>
          {errors.granted && <p className="form-error-message">{errors.granted}</p>}
          {Object.keys(typed).map((year) => (
            <TextField
              key={year}
              id={`${id}-granted-${year}`}
              label={t('decisions.grantedYear', { year })}
              value={typed[Number(year)] ?? ''}
              onChange={(value) => setTyped((current) => ({ ...current, [year]: value }))}
              inputMode="decimal"
              widthClass="input-width-s"
            />
          ))}
          <button
            type="button"
            className="button button-secondary mt-2"
            onClick={() => {
              const years = Object.keys(typed).map(Number);
              const next = years.length === 0 ? round.round.year : Math.max(...years) + 1;
              setTyped((current) => ({ ...current, [next]: '' }));
            }}
          >
            {t('decisions.addYear')}
          </button>
        </fieldset>
      )}
      {plan && (
        <div className="table--responsive-scroll mt-4">
          <table className="table table--compact">
            <caption>{t('decisions.planCaption', { level: round.round.priceLevelYear })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.row')}</th>
                <YearHeaders years={plan.years} />
              </tr>
            </thead>
            <tbody>
              {implementation.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, j) => (
                    <td key={j} className="align-text-right">
                      {formatAmount(v === null ? null : kronerToThousands(v))}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('decisions.planTotal')}</th>
                {plannedTotals.map((p) => (
                  <td key={p.year} className="align-text-right">
                    <strong>{formatAmount(kronerToThousands(p.amount))}</strong>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <button type="submit" className="button button-primary mt-4" disabled={save.isPending}>
        {outcome === 'granted' ? t('decisions.confirmGrant') : t('decisions.saveDecision')}
      </button>
    </form>
  );
}
