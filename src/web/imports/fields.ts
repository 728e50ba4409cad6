import type { MessageKey } from '../../shared/i18n/da.ts';

// Where on the review screen each field the importer names is shown, so every entry in "what
// could not be read" and every mismatch links to the place the reviewer must check.

const HEADER = [
  'code',
  'title',
  'kind',
  'summary',
  'leadAdministration',
  'affectedAdministrations',
  'committee',
] as const;

const SECTIONS = [
  'description',
  'futureInvestment',
  'implementation',
  'risk',
  'heard',
  'adminEfficiency',
] as const;

export type ReviewPlace =
  | (typeof HEADER)[number]
  | (typeof SECTIONS)[number]
  | 'header'
  | 'priceLevelYear'
  | 'economy'
  | 'stated';

/** Importer fields whose first part names a section by what it holds, not by its key. */
const BELONGS: Record<string, ReviewPlace> = {
  followUpGoals: 'implementation',
  riskLevel: 'risk',
  risks: 'risk',
  financeApproval: 'heard',
  partners: 'heard',
  hearings: 'heard',
};

/** The place on the review screen that shows the field (`economy.rows.Husleje` → Tabel 1). */
export function placeOf(field: string): ReviewPlace {
  if (field === 'economy.priceLevelYear') return 'priceLevelYear';
  if (field.startsWith('stated.') || field.startsWith('payback.')) return 'economy';
  const head = field.split('.')[0]!;
  if ((HEADER as readonly string[]).includes(head)) return head as ReviewPlace;
  if ((SECTIONS as readonly string[]).includes(head)) return head as ReviewPlace;
  if (head === 'economy') return 'economy';
  return BELONGS[head] ?? 'header';
}

/** The element id of a place; `#felt-…` links to it. */
export const anchorOf = (place: ReviewPlace) => `felt-${place}`;

export const labelOf = (place: ReviewPlace): MessageKey => `review.field.${place}`;

/** A mismatch on a stated total is named "<label> <year>"; payback ones "payback.<kind>". */
export function mismatchPlace(field: string, statedLabels: readonly string[]): ReviewPlace {
  if (field.startsWith('payback.')) return 'economy';
  return statedLabels.some((label) => field.startsWith(`${label} `)) ? 'stated' : 'economy';
}
