import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import { parseDanishNumber } from '../../../shared/danish-number.ts';
import { thousandsToKroner } from '../../../domain/money.ts';
import type { LoanOutput } from '../../../shared/followup/loans-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { TextAreaField } from '../../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { recordPayment } from './api.ts';

/** The secretariat records a payment on the loan: date, amount in 1.000 kr., note. */
export function PaymentForm({ loan, onSaved }: { loan: LoanOutput; onSaved: () => void }) {
  const t = useT();
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const paidOn = parseDanishDate(date);
  const thousands = parseDanishNumber(amount);
  const amountOk = thousands !== null && thousands > 0 && thousandsToKroner(thousands) !== null;
  const errors = {
    date: tried
      ? !date
        ? t('validation.required')
        : paidOn
          ? undefined
          : t('loans.badDate')
      : undefined,
    amount: tried
      ? !amount
        ? t('validation.required')
        : amountOk
          ? undefined
          : t('loans.badAmount')
      : undefined,
  };
  const save = useMutation({
    mutationFn: () =>
      recordPayment(loan.proposalId, {
        version: loan.version,
        paidOn: paidOn!,
        amount: thousands!,
        note,
      }),
    onSuccess: () => {
      setDate('');
      setAmount('');
      setNote('');
      setTried(false);
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (paidOn && amountOk) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="payment-heading" className="mt-6">
      <h2 id="payment-heading">{t('loans.recordPayment')}</h2>
      {save.isError && <ErrorAlert heading={t('loans.failed')} error={save.error} />}
      <TextField
        id="payment-date"
        label={t('loans.paidOn')}
        hint={t('loans.dateHint')}
        required
        value={date}
        onChange={setDate}
        error={errors.date}
        widthClass="input-width-s"
      />
      <TextField
        id="payment-amount"
        label={t('loans.amount')}
        hint={t('loans.amountHint')}
        required
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={errors.amount}
        widthClass="input-width-s"
      />
      <TextAreaField
        id="payment-note"
        label={t('loans.note')}
        value={note}
        onChange={setNote}
        rows={2}
      />
      <button type="submit" className="button button-primary mt-3" disabled={save.isPending}>
        {t('loans.savePayment')}
      </button>
    </form>
  );
}
