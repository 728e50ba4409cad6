import { da, type MessageKey } from './i18n/da.ts';
import { dictionaries, translate, type Language, type MessageParams } from './i18n/translate.ts';

// The name of each field of a proposal, by its path in the API's terms (`risks.1.level`): the
// edit form labels its inputs and lists its errors with these, and the API names the field at
// fault in a 400's message with the same words ("Titel: må højst være 300 tegn").

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
  // Tabel 4 and Tabel 6 as a whole: a save that changes what the workflow records is refused so.
  financeApproval: 'approval.caption',
  hearings: 'hearings.caption',
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

/** A cell, text, part or styringsområde of a Tabel 1 row. */
export const ROW_FIELDS = /^economy\.rows\.(\d+)\.(label|section|area|values\.(\d+))$/;

const patternOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');

export function labelKey(path: string): MessageKey | null {
  const pattern = patternOf(path);
  const own = `field.${pattern}`;
  // Own keys only: a path such as `constructor` (a client may send any key) names no label.
  if (Object.hasOwn(LABELS, pattern)) return LABELS[pattern]!;
  return Object.hasOwn(da, own) ? (own as MessageKey) : null;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A labelled field's name, numbered within its list ("Risiko 2: Niveau"), or null for a path
 * that is not one of the proposal's labelled fields.
 */
export function labelledField(path: string, t: Translate): string | null {
  const key = labelKey(path);
  if (!key) return null;
  const item = /^(\w+)\.(\d+)\./.exec(path);
  const itemKey = item && Object.hasOwn(ITEMS, item[1]!) ? ITEMS[item[1]!] : undefined;
  return itemKey ? `${t(itemKey, { n: Number(item?.[2]) + 1 })}: ${t(key)}` : t(key);
}

/**
 * The field's name in the client's language, as the API's messages give it, from the path alone:
 * "Titel", "Risiko 2: Niveau", "Tabel 1, række 3, kolonne 2"; the path itself when it names none
 * of the proposal's fields.
 */
export function fieldName(path: string, language: Language): string {
  const t: Translate = (key, params) => translate(dictionaries[language], key, params);
  const row = ROW_FIELDS.exec(path);
  if (row) {
    const name = t('editEconomy.rowN', { n: Number(row[1]) + 1 });
    const what =
      row[3] !== undefined
        ? t('fieldName.column', { n: Number(row[3]) + 1 })
        : t(`fieldName.row.${row[2] as 'label' | 'section' | 'area'}`);
    return t('fieldName.tabel1', { row: name, what });
  }
  return labelledField(path, t) ?? path;
}
