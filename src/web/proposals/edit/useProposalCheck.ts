import { useMemo } from 'react';
import { evaluateOrNull } from '../../../domain/economics/index.ts';
import { rulesInForce, rulesYearOf, type YearRules } from '../../../domain/rules.ts';
import { validateProposal, type ValidationIssue } from '../../../domain/validation/index.ts';
import { useSubmissionRules } from '../../api/economics.ts';
import { useRounds } from '../../api/queries.ts';
import { useI18n } from '../../i18n/context.ts';
import { englishRuleMessage } from '../../i18n/rule-messages.ts';
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
  rules: YearRules | null;
  rulesYear: number | null;
}

/**
 * The domain's submission rules run on the draft at every keystroke, with the rules in force
 * for its round's year (or price level): the same rules and messages the API answers with.
 */
export function useProposalCheck(draft: ProposalDraft): ProposalCheck {
  const { language, t } = useI18n();
  const configured = useSubmissionRules().data;
  const rounds = useRounds().data;
  return useMemo(() => {
    const content = contentOf(draft);
    const evaluation = evaluateOrNull(content.economy);
    const roundYear = rounds?.find((round) => round.id === content.roundId)?.year ?? null;
    const rulesYear = rulesYearOf({ roundYear, ...content.economy });
    const rules = configured && rulesYear !== null ? rulesInForce(configured, rulesYear) : null;
    const issues = evaluation ? validateProposal(content, rules?.rules ?? null, evaluation) : [];
    const notes = issues.map((issue) => {
      const key = labelKey(issue.field);
      const message =
        language === 'da' ? issue.message : englishRuleMessage(issue, key ? t(key) : null);
      return { ruleId: issue.ruleId, severity: issue.severity, field: issue.field, message };
    });
    return { notes, rules, rulesYear };
  }, [draft, configured, rounds, language, t]);
}
