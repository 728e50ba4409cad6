import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { thousandsToKroner } from '../../../domain/money.ts';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import {
  formatDanishDate,
  formatDanishNumber,
  parseDanishNumber,
} from '../../../shared/danish-number.ts';
import type { LoanOutput } from '../../../shared/followup/loans-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { TextAreaField } from '../../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { setTerms } from './api.ts';

// The secretariat sets the loan's principal and schedule when the plan's loan rows are not what
// was agreed (seed 002's text speaks of three years, its table of two), always with a reason.

interface Row {
  date: string;
  amount: string;
}

const positiveThousands = (text: string): number | null => {
  const n = parseDanishNumber(text);
  return n !== null && n > 0 && thousandsToKroner(n) !== null ? n : null;
};

export function TermsForm({ loan, onSaved }: { loan: LoanOutput; onSaved: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [principal, setPrincipal] = useState(formatDanishNumber(loan.principal));
  const [rows, setRows] = useState<Row[]>(() =>
    loan.instalments.map((i) => ({
      date: formatDanishDate(i.dueOn),
      amount: formatDanishNumber(i.amount),
    })),
  );
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = rows.map((r) => ({
    dueOn: parseDanishDate(r.date),
    amount: positiveThousands(r.amount),
  }));
  const principalValue = positiveThousands(principal);
  const valid =
    principalValue !== null &&
    parsed.length > 0 &&
    parsed.every((p) => p.dueOn && p.amount !== null) &&
    reason.trim() !== '';
  const save = useMutation({
    mutationFn: () =>
      setTerms(loan.proposalId, {
        version: loan.version,
        principal: principalValue!,
        instalments: parsed.map((p) => ({ dueOn: p.dueOn!, amount: p.amount! })),
        reason,
      }),
    onSuccess: () => {
      setOpen(false);
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) save.mutate();
  };
  const update = (i: number, change: Partial<Row>) =>
    setRows((all) => all.map((row, j) => (j === i ? { ...row, ...change } : row)));
  if (!open) {
    return (
      <button type="button" className="button button-secondary mt-6" onClick={() => setOpen(true)}>
        {t('loans.changeTerms')}
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="terms-heading" className="mt-6">
      <h2 id="terms-heading">{t('loans.changeTerms')}</h2>
      {save.isError && <ErrorAlert heading={t('loans.failed')} error={save.error} />}
      <TextField
        id="terms-principal"
        label={t('loans.principal')}
        hint={t('loans.amountHint')}
        inputMode="decimal"
        value={principal}
        onChange={setPrincipal}
        error={tried && principalValue === null ? t('loans.badAmount') : undefined}
        widthClass="input-width-s"
      />
      {rows.map((row, i) => (
        <fieldset key={i} className="mt-4">
          <legend className="h5">{t('loans.instalment', { n: i + 1 })}</legend>
          <TextField
            id={`terms-${i}-date`}
            label={t('loans.dueOn')}
            hint={t('loans.dateHint')}
            value={row.date}
            onChange={(date) => update(i, { date })}
            error={tried && !parsed[i]!.dueOn ? t('loans.badDate') : undefined}
            widthClass="input-width-s"
          />
          <TextField
            id={`terms-${i}-amount`}
            label={t('loans.amount')}
            inputMode="decimal"
            value={row.amount}
            onChange={(amount) => update(i, { amount })}
            error={tried && parsed[i]!.amount === null ? t('loans.badAmount') : undefined}
            widthClass="input-width-s"
          />
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
          >
            {t('loans.removeInstalment', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary mt-3"
        onClick={() => setRows((all) => [...all, { date: '', amount: '' }])}
      >
        {t('loans.addInstalment')}
      </button>
      <TextAreaField
        id="terms-reason"
        label={t('loans.reason')}
        value={reason}
        onChange={setReason}
        rows={2}
        error={tried && !reason.trim() ? t('validation.required') : undefined}
      />
      <button type="submit" className="button button-primary mt-3" disabled={save.isPending}>
        {t('loans.saveTerms')}
      </button>
    </form>
  );
}
