import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { indexPointsOf } from '../../domain/economics/index.ts';
import type { PriceIndexOutput } from '../../shared/economics-schema.ts';
import { parseDanishNumber } from '../../shared/danish-number.ts';
import { ApiError } from '../api/client.ts';
import {
  economicsKeys,
  removePriceIndex,
  savePriceIndex,
  usePriceIndices,
} from '../api/economics.ts';
import { useMe } from '../auth/queries.ts';
import { DateTime } from '../layout/DateTime.tsx';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { TextField } from '../proposals/edit/fields/TextField.tsx';
import { yearError } from '../proposals/edit/validate.ts';

// The secretariat's pris- og lønindeks: one row per p/l year, each edited and saved on its
// own, on top of the version it was read at. Only the secretariat sees it as a form.

const fixed = (digits: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const oneDecimal = fixed(1);
/** An index always with its two decimals, as the secretariat's sources print it (101,90). */
const indexFormat = fixed(2);

type Outcome = { variant: 'success' | 'error'; message: string } | null;

/** The index as typed ("121,35"), or null when it is not a positive number with two decimals. */
function readIndex(text: string): number | null {
  const value = parseDanishNumber(text);
  return value === null || Number.isNaN(value) || indexPointsOf(value) === null ? null : value;
}

function useIndexChange(setOutcome: (outcome: Outcome) => void) {
  const t = useT();
  const queryClient = useQueryClient();
  const failed = (error: unknown) => {
    setOutcome({
      variant: 'error',
      message:
        error instanceof ApiError && error.status === 0
          ? t('common.networkError')
          : String(error instanceof Error ? error.message : error),
    });
    // After a conflict the table shows what is saved now, so the user can re-enter on top of it.
    void queryClient.invalidateQueries({ queryKey: economicsKeys.priceIndices });
  };
  const done = (message: string) => {
    setOutcome({ variant: 'success', message });
    void queryClient.invalidateQueries({ queryKey: economicsKeys.priceIndices });
  };
  return { failed, done };
}

function IndexRow({
  item,
  previous,
  editable,
  setOutcome,
}: {
  item: PriceIndexOutput;
  previous: PriceIndexOutput | undefined;
  editable: boolean;
  setOutcome: (outcome: Outcome) => void;
}) {
  const t = useT();
  const [text, setText] = useState(indexFormat.format(item.index));
  const { failed, done } = useIndexChange(setOutcome);
  const value = readIndex(text);
  const save = useMutation({
    mutationFn: (index: number) => savePriceIndex(item.year, { index, version: item.version }),
    onSuccess: (saved) =>
      done(t('priceIndex.saved', { year: saved.year, index: indexFormat.format(saved.index) })),
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: () => removePriceIndex(item.year, item.version),
    onSuccess: () => done(t('priceIndex.removed', { year: item.year })),
    onError: failed,
  });
  const rise =
    previous && previous.year === item.year - 1
      ? `${oneDecimal.format((item.index / previous.index - 1) * 100).replace('\u2212', '-')} %`
      : t('common.none');
  const inputId = `price-index-${item.year}`;
  if (!editable) {
    return (
      <tr>
        <th scope="row">{item.year}</th>
        <td className="align-text-right">{indexFormat.format(item.index)}</td>
        <td className="align-text-right">{rise}</td>
        <td>
          <DateTime value={item.updatedAt} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{item.year}</th>
      <td>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          className="form-input cell-input cell-amount input-width-xs"
          aria-label={t('priceIndex.indexOf', { year: item.year })}
          aria-invalid={value === null ? true : undefined}
          aria-describedby={value === null ? `${inputId}-error` : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {value === null && (
          <span className="form-error-message cell-error" id={`${inputId}-error`}>
            {t('priceIndex.indexError')}
          </span>
        )}
      </td>
      <td className="align-text-right">{rise}</td>
      <td>
        <DateTime value={item.updatedAt} />
      </td>
      <td className="nowrap">
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('priceIndex.saveYear', { year: item.year })}
          aria-disabled={save.isPending || value === null}
          onClick={() => {
            if (value !== null && !save.isPending) save.mutate(value);
          }}
        >
          {t('priceIndex.save')}
        </button>
        <button
          type="button"
          className="button button-tertiary ml-3"
          aria-label={t('priceIndex.removeYear', { year: item.year })}
          onClick={() => {
            if (!remove.isPending) remove.mutate();
          }}
        >
          {t('common.remove')}
        </button>
      </td>
    </tr>
  );
}

function AddYear({ setOutcome }: { setOutcome: (outcome: Outcome) => void }) {
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

export function PriceIndexPage() {
  const t = useT();
  usePageTitle(t('priceIndex.title'));
  const indices = usePriceIndices();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const editable = useMe().data?.roles.some((grant) => grant.role === 'secretariat') ?? false;
  return (
    <>
      <h1>{t('priceIndex.title')}</h1>
      <p className="font-lead">{t('priceIndex.intro')}</p>
      <p>{t('priceIndex.source')}</p>
      {!editable && <p>{t('priceIndex.readOnly')}</p>}
      {outcome && (
        <Alert variant={outcome.variant}>
          <p className="alert-text">{outcome.message}</p>
        </Alert>
      )}
      {indices.isPending ? (
        <Loading />
      ) : indices.isError ? (
        <QueryError error={indices.error} />
      ) : indices.data.length === 0 ? (
        <p>{t('priceIndex.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('priceIndex.caption', { n: indices.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priceIndex.year')}</th>
                <th scope="col">{t('priceIndex.index')}</th>
                <th scope="col" className="align-text-right">
                  {t('priceIndex.rise')}
                </th>
                <th scope="col">{t('priceIndex.updated')}</th>
                {editable && (
                  <th scope="col">
                    <span className="sr-only">{t('priceIndex.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {indices.data.map((item, i) => (
                <IndexRow
                  // A new version (saved here or by someone else) starts the row afresh.
                  key={`${item.year}-${item.version}`}
                  item={item}
                  previous={indices.data[i - 1]}
                  editable={editable}
                  setOutcome={setOutcome}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AddYear setOutcome={setOutcome} />}
    </>
  );
}
