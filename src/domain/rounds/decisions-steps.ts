import type { Step } from '../workflow/transitions.ts';
import type { Outcome, Recommendation } from './decisions.ts';

// Each recommendation and outcome is a step of the workflow (SPEC.md section 7), so who may
// record it, from which status and with which comment is the workflow's one rule.

export const RECOMMENDATION_STEP: Record<Recommendation, Step> = {
  recommended: 'recommend',
  not_recommended: 'not_recommend',
};

export const OUTCOME_STEP: Record<Outcome, Step> = {
  granted: 'grant',
  rejected: 'reject',
  postponed: 'postpone',
};

/** A round a proposal may be postponed to: a later one, by year, then by decision date. */
export interface RoundOrder {
  id: string;
  year: number;
  decisionOn: string | null;
}

/** Whether `to` comes after `from`; a round without a decision date is ordered by year alone. */
export function isLaterRound(from: RoundOrder, to: RoundOrder): boolean {
  if (from.id === to.id) return false;
  if (to.year !== from.year) return to.year > from.year;
  if (from.decisionOn === null || to.decisionOn === null) return false;
  return to.decisionOn > from.decisionOn;
}
