import { isPlanYear, MAX_AMOUNT_THOUSANDS } from '../../../domain/limits.ts';
import { thousandsToKroner } from '../../../domain/money.ts';
import { parseDanishNumber } from '../../../shared/danish-number.ts';
import type { MessageKey } from '../../../shared/i18n/da.ts';
import { parseDanishDate } from '../../../shared/danish-date.ts';
import type { ProposalDraft, RangeDraft } from './draft.ts';

/** Field path (as the API names it, e.g. `economy.rows.0.values.2`) to what is wrong there. */
export type ClientErrors = Record<string, MessageKey>;

/** Values that cannot be read as what they claim to be: saved empty, kept in the form as typed. */
const UNREADABLE: ReadonlySet<MessageKey> = new Set([
  'validation.number',
  'validation.decimals',
  'validation.year',
  'validation.date',
]);

/**
 * Drafts are always saved (SPEC.md section 6): only a missing title, without which the API
 * stores no proposal, stops a save. Everything else stays marked on its field.
 */
export const stopsSave = (errors: ClientErrors): boolean =>
  Object.values(errors).some((key) => key === 'validation.required');

/** The fields whose typed text a save cannot store and sends as empty. */
export const unreadable = (errors: ClientErrors): string[] =>
  Object.keys(errors).filter((path) => UNREADABLE.has(errors[path]!));

export function amountError(text: string): MessageKey | null {
  const value = parseDanishNumber(text);
  if (value === null) return null;
  if (Number.isNaN(value) || Math.abs(value) > MAX_AMOUNT_THOUSANDS) return 'validation.number';
  return thousandsToKroner(value) === null ? 'validation.decimals' : null;
}

export function yearError(text: string): MessageKey | null {
  if (!text.trim()) return null;
  const value = Number(text.trim());
  return isPlanYear(value) ? null : 'validation.year';
}

function dateError(text: string): MessageKey | null {
  return text.trim() && parseDanishDate(text) === null ? 'validation.date' : null;
}

function checkRange(errors: ClientErrors, path: string, range: RangeDraft) {
  const min = amountError(range.min);
  const max = amountError(range.max);
  if (min) errors[`${path}.min`] = min;
  if (max) errors[`${path}.max`] = max;
  const low = parseDanishNumber(range.min);
  const high = parseDanishNumber(range.max);
  if (!min && !max && low !== null && high !== null && low > high) {
    errors[`${path}.max`] = 'validation.rangeOrder';
  }
}

/**
 * What is wrong with what the user typed, field by field. Drafts may be incomplete (SPEC section
 * 6), so only this is checked: a title, and values that are not what they claim to be (numbers,
 * years, dates, a range upside down).
 */
export function validateDraft(draft: ProposalDraft): ClientErrors {
  const errors: ClientErrors = {};
  const put = (path: string, error: MessageKey | null) => {
    if (error) errors[path] = error;
  };
  if (!draft.title.trim()) errors.title = 'validation.required';
  put('economy.priceLevelYear', yearError(draft.economy.priceLevelYear));
  put('economy.years', yearError(draft.economy.firstYear));
  draft.economy.rows.forEach((row, i) =>
    row.cells.forEach((cell, j) => put(`economy.rows.${i}.values.${j}`, amountError(cell))),
  );
  if (draft.hasFutureInvestment) {
    checkRange(errors, 'futureInvestment.expectedCost', draft.futureInvestment.expectedCost);
    checkRange(
      errors,
      'futureInvestment.efficiencyPotential',
      draft.futureInvestment.efficiencyPotential,
    );
  }
  draft.hearings.forEach((h, i) => put(`hearings.${i}.date`, dateError(h.date)));
  return errors;
}
