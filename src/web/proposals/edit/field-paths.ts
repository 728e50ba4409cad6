import {
  ITEMS,
  labelKey,
  labelledField,
  ROW_FIELDS,
  type Translate,
} from '../../../shared/field-labels.ts';
import type { ProposalDraft } from './draft.ts';

// Every input of the edit form is named by its field path in the API's terms, so an issue the
// server reports (`economy.rows.0.values.2`) lands on the input the user typed it in.

export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;

export { ITEMS, labelKey };

export function isField(path: string): boolean {
  return labelKey(path) !== null || ROW_FIELDS.test(path);
}

/** The input an issue belongs to: the path itself, or the nearest enclosing path that is one. */
export function nearestField(path: string): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (isField(candidate)) return candidate;
  }
  return null;
}

/** A row's name in labels: its text, or its position while it has none. */
export function rowName(draft: ProposalDraft, index: number, t: Translate): string {
  return draft.economy.rows[index]?.label.trim() || t('editEconomy.rowN', { n: index + 1 });
}

/** The field's name as the error summary shows it, e.g. "Risiko 2: Niveau" or "Husleje, 2027". */
export function describeField(path: string, draft: ProposalDraft, t: Translate): string {
  const row = ROW_FIELDS.exec(path);
  if (row) {
    const index = Number(row[1]);
    const name = rowName(draft, index, t);
    if (row[3] !== undefined) {
      const year = draft.economy.years[Number(row[3])];
      return t('editEconomy.cellOf', { row: name, year: year ?? Number(row[3]) + 1 });
    }
    if (row[2] === 'label') return t('editEconomy.labelOf', { n: index + 1 });
    return t(row[2] === 'section' ? 'editEconomy.sectionOf' : 'editEconomy.areaOf', { row: name });
  }
  return labelledField(path, t) ?? path;
}
