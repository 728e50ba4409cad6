import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { thousandsToKroner } from '../../../domain/money.ts';
import { formatDanishNumber, parseDanishNumber } from '../../../shared/danish-number.ts';
import type { RealisedOutput } from '../../../shared/followup-realised-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { ApiError } from '../../api/client.ts';
import { usePriceIndices } from '../../api/economics.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { SelectField } from '../../proposals/edit/fields/SelectField.tsx';
import { reportRealised } from './api.ts';

// One year's report, typed per row of the plan (Tabel 1 as decided), with a comment per row on
// why it deviates. Amounts are in 1.000 kr. at the plan's price level, or at another level the
// index converts. The server's findings stand beside the cells they name (rows.N.amount).

type Year = RealisedOutput['years'][number];

/** A typed amount: empty (nothing realised), or a number in thousands with at most 3 decimals. */
function readAmount(text: string): { ok: true; value: number | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  const value = parseDanishNumber(text);
  return value !== null && thousandsToKroner(value) !== null ? { ok: true, value } : { ok: false };
}

export function ReportForm({
  proposal,
  year,
  onSaved,
  onStale,
  onCancel,
}: {
  proposal: RealisedOutput;
  year: Year;
  /** The proposal's figures as saved, the server's answer. */
  onSaved: (saved: RealisedOutput) => void;
  /** Someone reported the year meanwhile: read it again, keeping what was typed. */
  onStale: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const planLevel = proposal.priceLevelYear;
  const [amounts, setAmounts] = useState(() =>
    year.rows.map((r) => (r.realised === null ? '' : formatDanishNumber(r.realised))),
  );
  const [comments, setComments] = useState(() => year.rows.map((r) => r.comment));
  const [level, setLevel] = useState(String(year.reportedPriceLevelYear ?? planLevel ?? ''));
  const [tried, setTried] = useState(false);
  const indices = usePriceIndices();
  const read = amounts.map(readAmount);
  const save = useMutation({
    mutationFn: () =>
      reportRealised(proposal.proposalId, year.year, {
        version: year.version,
        ...(level !== '' && Number(level) !== planLevel ? { priceLevelYear: Number(level) } : {}),
        rows: year.rows.map((r, i) => {
          const amount = read[i]!;
          return { row: r.row, amount: amount.ok ? amount.value : null, comment: comments[i]! };
        }),
      }),
    onSuccess: onSaved,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onStale();
    },
  });
  const server = (field: string) =>
    save.error instanceof ApiError
      ? save.error.issues.find((issue) => issue.field === field)?.message
      : undefined;
  const cellError = (i: number) =>
    (tried && !read[i]!.ok ? t('realised.badAmount') : undefined) ?? server(`rows.${i}.amount`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (read.every((r) => r.ok)) save.mutate();
  };
  const set = (list: string[], setter: (next: string[]) => void, i: number) => (value: string) =>
    setter(list.map((v, j) => (j === i ? value : v)));
  const formId = `report-${year.year}`;
  const levels = [
    ...new Set([
      ...(planLevel === null ? [] : [planLevel]),
      ...(indices.data ?? []).map((i) => i.year),
    ]),
  ].sort((a, b) => a - b);

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${formId}-heading`} className="mt-4">
      <h3 id={`${formId}-heading`}>{t('realised.reportHeading', { year: String(year.year) })}</h3>
      <p>{t('realised.reportHint')}</p>
      {save.isError && <ErrorAlert heading={t('realised.failed')} error={save.error} />}
      <SelectField
        id={`${formId}-level`}
        label={t('realised.priceLevel')}
        hint={t('realised.priceLevelHint', { level: String(planLevel ?? '') })}
        value={level}
        onChange={setLevel}
        options={levels.map((y) => ({
          value: String(y),
          label: t('common.priceLevel', { year: y }),
        }))}
        error={server('priceLevelYear')}
      />
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>{t('realised.formCaption', { year: String(year.year) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('realised.row')}</th>
              <th scope="col" className="align-text-right">
                {t('realised.planned')}
              </th>
              <th scope="col">{t('realised.realised')}</th>
              <th scope="col">{t('realised.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {year.rows.map((r, i) => {
              const id = `${formId}-row-${i}`;
              const error = cellError(i);
              return (
                <tr key={r.row}>
                  <th scope="row">
                    {r.label}
                    <span className="d-block weight-normal">{t(`sectionShort.${r.section}`)}</span>
                  </th>
                  <td className="align-text-right">{formatAmount(r.planned)}</td>
                  <td className={error ? 'form-error' : undefined}>
                    <input
                      type="text"
                      id={id}
                      className="form-input cell-input cell-amount"
                      inputMode="decimal"
                      aria-label={t('realised.amountLabel', {
                        year: String(year.year),
                        row: r.label,
                      })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      value={amounts[i]}
                      onChange={(e) => set(amounts, setAmounts, i)(e.target.value)}
                    />
                    {error && (
                      <span className="form-error-message cell-error" id={`${id}-error`}>
                        {error}
                      </span>
                    )}
                  </td>
                  <td>
                    <textarea
                      className="form-input cell-input"
                      rows={1}
                      aria-label={t('realised.commentLabel', { row: r.label })}
                      value={comments[i]}
                      onChange={(e) => set(comments, setComments, i)(e.target.value)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row mt-3">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('realised.save', { year: String(year.year) })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('realised.cancel')}
        </button>
      </div>
    </form>
  );
}
