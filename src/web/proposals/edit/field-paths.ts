import { da, type MessageKey } from '../../../shared/i18n/da.ts';
import type { MessageParams } from '../../../shared/i18n/translate.ts';
import type { ProposalDraft } from './draft.ts';

// Every input of the edit form is named by its field path in the API's terms, so an issue the
// server reports (`economy.rows.0.values.2`) lands on the input the user typed it in.

export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;

/**
 * The label of each field, by path pattern (`*` for a list index). A field of the proposal's own
 * is labelled `field.<name>` without being listed.
 */
const LABELS: Record<string, MessageKey> = {
  roundId: 'field.round',
  originProposalId: 'field.origin',
  'economy.priceLevelYear': 'editEconomy.priceLevel',
  'economy.years': 'editEconomy.firstYear',
  'futureInvestment.expectedCost.min': 'editFuture.costMin',
  'futureInvestment.expectedCost.max': 'editFuture.costMax',
  'futureInvestment.expectedDecisionRound': 'editFuture.decisionRound',
  'futureInvestment.efficiencyPotential.min': 'editFuture.potentialMin',
  'futureInvestment.efficiencyPotential.max': 'editFuture.potentialMax',
  'futureInvestment.efficiencyArea': 'editFuture.area',
  'futureInvestment.crossCuttingEfficiency': 'future.crossCuttingEfficiency',
  'futureInvestment.largeScalePotential': 'future.largeScalePotential',
  'futureInvestment.matureNewTechnology': 'future.matureNewTechnology',
  'futureInvestment.note': 'editFuture.note',
  'followUpGoals.*.group': 'editFollowUp.group',
  'followUpGoals.*.goal': 'followUp.goal',
  'followUpGoals.*.measure': 'followUp.measure',
  'followUpGoals.*.responsible': 'followUp.responsible',
  'followUpGoals.*.when': 'followUp.when',
  riskLevel: 'risk.overall',
  riskNarrative: 'risk.narrative',
  'risks.*.name': 'editRisk.name',
  'risks.*.level': 'risk.level',
  'risks.*.mitigation': 'risk.mitigation',
  adminEfficiency: 'risk.adminEfficiency',
  'financeApproval.approved': 'editApproval.approved',
  'financeApproval.date': 'approval.date',
  'financeApproval.note': 'approval.note',
  'partners.*.name': 'partners.name',
  'partners.*.description': 'partners.description',
  'hearings.*.body': 'hearings.body',
  'hearings.*.heard': 'editHearings.heard',
  'hearings.*.date': 'hearings.date',
  'hearings.*.answer': 'hearings.answer',
};

/** The lists whose items are numbered fieldsets ("Risiko 2"). */
export const ITEMS: Record<string, MessageKey> = {
  followUpGoals: 'editFollowUp.item',
  risks: 'editRisk.item',
  partners: 'editPartners.item',
  hearings: 'editHearings.item',
};

const ROW_FIELDS = /^economy\.rows\.(\d+)\.(label|section|area|values\.(\d+))$/;

const patternOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');

export function labelKey(path: string): MessageKey | null {
  const pattern = patternOf(path);
  const own = `field.${pattern}`;
  return LABELS[pattern] ?? (own in da ? (own as MessageKey) : null);
}

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

type Translate = (key: MessageKey, params?: MessageParams) => string;

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
  const key = labelKey(path);
  if (!key) return path;
  const item = /^(\w+)\.(\d+)\./.exec(path);
  const itemKey = item ? ITEMS[item[1] ?? ''] : undefined;
  return itemKey ? `${t(itemKey, { n: Number(item?.[2]) + 1 })}: ${t(key)}` : t(key);
}
