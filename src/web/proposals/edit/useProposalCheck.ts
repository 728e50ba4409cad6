import { useMemo } from 'react';
import { evaluateOrNull } from '../../../domain/economics/index.ts';
import { judgingRules, type JudgingRules } from '../../../domain/rules.ts';
import { validateProposal, type ValidationIssue } from '../../../domain/validation/index.ts';
import {
  capsInKroner,
  toPriceIndex,
  usePriceIndices,
  useSubmissionRules,
} from '../../api/economics.ts';
import { useRounds } from '../../api/queries.ts';
import { useRoundRules } from '../../rounds/api.ts';
import { useI18n } from '../../i18n/context.ts';
import { englishRuleMessage } from '../../../shared/i18n/rule-messages.ts';
import { contentOf } from './content.ts';
import type { ProposalDraft } from './draft.ts';
import { labelKey } from './field-paths.ts';

/** A submission rule's finding on a field, in the user's language. */
export interface RuleNote {
  ruleId: string;
  severity: ValidationIssue['severity'];
  field: string;
  message: string;
}

export interface ProposalCheck {
  notes: RuleNote[];
  /** The rules the draft is judged by; null while loading or when none are configured. */
  rules: JudgingRules | null;
  rulesYear: number | null;
}

/**
 * The domain's submission rules run on the draft at every keystroke, judged by the rules the
 * domain picks (the round's own, caps at its p/l, else the year's): the same rules, figures and
 * messages the API answers with when the proposal is submitted.
 */
export function useProposalCheck(draft: ProposalDraft): ProposalCheck {
  const { language, t } = useI18n();
  const configured = useSubmissionRules().data;
  const rounds = useRounds().data;
  const roundRulesQuery = useRoundRules(draft.roundId || null);
  const roundRules = roundRulesQuery.data;
  const index = usePriceIndices().data;
  // Judged before the round's rules are read, a proposal would meet the year's caps at its own
  // p/l and show a breach that is gone a moment later.
  const loading =
    configured === undefined ||
    rounds === undefined ||
    index === undefined ||
    (Boolean(draft.roundId) && roundRulesQuery.isPending);
  return useMemo(() => {
    const notesOf = (issues: ValidationIssue[]) =>
      issues.map((issue) => {
        const key = labelKey(issue.field);
        const message =
          language === 'da' ? issue.message : englishRuleMessage(issue, key ? t(key) : null);
        return { ruleId: issue.ruleId, severity: issue.severity, field: issue.field, message };
      });
    const content = contentOf(draft);
    const evaluation = evaluateOrNull(content.economy);
    if (loading) {
      const issues = evaluation ? validateProposal(content, null, evaluation) : [];
      return { notes: notesOf(issues), rules: null, rulesYear: null };
    }
    const found = rounds?.find((round) => round.id === content.roundId);
    const round = found && {
      ...found,
      rules: roundRules
        ? {
            paybackLimitYears: roundRules.rules.paybackLimitYears,
            caps: capsInKroner(roundRules.rules.caps),
          }
        : null,
    };
    const { year: rulesYear, rules } = judgingRules({
      economy: content.economy,
      round: round ?? null,
      configured: configured ?? [],
      index: toPriceIndex(index ?? []),
    });
    const issues = evaluation ? validateProposal(content, rules?.rules ?? null, evaluation) : [];
    return { notes: notesOf(issues), rules, rulesYear };
  }, [draft, loading, configured, rounds, roundRules, index, language, t]);
}
