import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import { parseDanishNumber } from '../../../shared/danish-number.ts';
import { thousandsToKroner } from '../../../domain/money.ts';
import type { LoanOutput } from '../../../shared/followup/loans-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ErrorAlert } from '../../layout/ErrorAlert.tsx';
import { DateField } from '../../proposals/edit/fields/DateField.tsx';
import { TextAreaField } from '../../proposals/edit/fields/TextAreaField.tsx';
import { TextField } from '../../proposals/edit/fields/TextField.tsx';
import { typedError } from '../../proposals/edit/fields/typed-error.ts';
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
  const amountError = typedError({
    tried,
    text: amount,
    readable: amountOk,
    required: t('validation.required'),
    unreadable: t('loans.badAmount'),
  });
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
      <DateField
        id="payment-date"
        label={t('loans.paidOn')}
        hint={t('loans.dateHint')}
        badDate={t('loans.badDate')}
        value={date}
        onChange={setDate}
        tried={tried}
      />
      <TextField
        id="payment-amount"
        label={t('loans.amount')}
        hint={t('loans.amountHint')}
        required
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={amountError}
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
