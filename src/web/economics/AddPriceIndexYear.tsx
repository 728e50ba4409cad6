import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { savePriceIndex } from '../api/economics.ts';
import { useT } from '../i18n/context.ts';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { yearError } from '../proposals/edit/validate.ts';
import { indexFormat, readIndex, useIndexChange, type Outcome } from './price-index-form.ts';

/** The secretariat's form for a year not yet in the index. */
export function AddPriceIndexYear({ setOutcome }: { setOutcome: (outcome: Outcome) => void }) {
  const t = useT();
  const [year, setYear] = useState('');
  const [index, setIndex] = useState('');
  const [tried, setTried] = useState(false);
  const { failed, done } = useIndexChange(setOutcome);
  const value = readIndex(index);
  const yearProblem = year.trim() ? yearError(year) : 'validation.required';
  const add = useMutation({
    mutationFn: () => savePriceIndex(Number(year.trim()), { index: value ?? 0, version: null }),
    onSuccess: (saved) => {
      done(t('priceIndex.added', { year: saved.year, index: indexFormat.format(saved.index) }));
      setYear('');
      setIndex('');
      setTried(false);
    },
    onError: failed,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!yearProblem && value !== null && !add.isPending) add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="mt-6">
      <h2>{t('priceIndex.addHeading')}</h2>
      <div className="analysis-inputs">
        <TextField
          id="price-index-new-year"
          label={t('priceIndex.year')}
          inputMode="numeric"
          widthClass="input-width-xs"
          value={year}
          onChange={setYear}
          error={tried && yearProblem ? t(yearProblem) : undefined}
        />
        <TextField
          id="price-index-new-index"
          label={t('priceIndex.index')}
          hint={t('priceIndex.indexHint')}
          inputMode="decimal"
          widthClass="input-width-xs"
          value={index}
          onChange={setIndex}
          error={tried && value === null ? t('priceIndex.indexError') : undefined}
        />
      </div>
      <button type="submit" className="button button-primary" aria-disabled={add.isPending}>
        {t('priceIndex.add')}
      </button>
    </form>
  );
}
