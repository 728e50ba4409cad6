import { useQueryClient } from '@tanstack/react-query';
import { indexPointsOf } from '../../domain/economics/index.ts';
import { parseDanishNumber } from '../../shared/danish-number.ts';
import { ApiError } from '../api/client.ts';
import { economicsKeys } from '../api/economics.ts';
import { useT } from '../i18n/context.ts';

// What the price index screen's rows and its form for a new year share: how an index is read
// and written, and what a change tells the user.

const fixed = (digits: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const oneDecimal = fixed(1);
/** An index always with its two decimals, as the secretariat's sources print it (101,90). */
export const indexFormat = fixed(2);

export type Outcome = { variant: 'success' | 'error'; message: string } | null;

/** The index as typed ("121,35"), or null when it is not a positive number with two decimals. */
export function readIndex(text: string): number | null {
  const value = parseDanishNumber(text);
  return value === null || Number.isNaN(value) || indexPointsOf(value) === null ? null : value;
}

/** What a save or removal tells the user; the index is read afresh after either. */
export function useIndexChange(setOutcome: (outcome: Outcome) => void) {
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
