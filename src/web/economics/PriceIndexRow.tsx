import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { PriceIndexOutput } from '../../shared/economics-schema.ts';
import { removePriceIndex, savePriceIndex } from '../api/economics.ts';
import { useT } from '../i18n/context.ts';
import { DateTime } from '../layout/DateTime.tsx';
import {
  indexFormat,
  oneDecimal,
  readIndex,
  useIndexChange,
  type Outcome,
} from './price-index-form.ts';

/** One year of the index: read-only, or for the secretariat an input with save and remove. */
export function PriceIndexRow({
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
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
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
        {confirming ? (
          // Removing a year changes every conversion through it, so it is asked twice.
          <span role="group" aria-label={t('priceIndex.confirmRemove', { year: item.year })}>
            <span className="ml-3">{t('priceIndex.confirmRemove', { year: item.year })}</span>
            <button
              ref={confirmButton}
              type="button"
              className="button button-secondary ml-3"
              onClick={() => {
                if (!remove.isPending) remove.mutate();
              }}
            >
              {t('priceIndex.confirmRemoveYes', { year: item.year })}
            </button>
            <button
              type="button"
              className="button button-tertiary ml-3"
              onClick={() => setConfirming(false)}
            >
              {t('priceIndex.confirmRemoveNo')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button-tertiary ml-3"
            aria-label={t('priceIndex.removeYear', { year: item.year })}
            onClick={() => setConfirming(true)}
          >
            {t('common.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}
