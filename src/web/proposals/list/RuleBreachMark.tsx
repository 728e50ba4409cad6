import { useQueries } from '@tanstack/react-query';
import type { BreachRuleId } from '../../../domain/validation/index.ts';
import { RULE_BREACH_IDS_MAX } from '../../../shared/api-schemas.ts';
import { listRuleBreaches } from '../../api/proposals.ts';
import { useT } from '../../i18n/context.ts';
import { Icon } from '../../layout/Icon.tsx';

/**
 * The rules each of `ids` breaks, asked of the API (the same rules and year submission judges
 * by) a page of ids at a time; a proposal that breaks none is absent. Kept under the list's key,
 * so a save that refreshes the list refreshes its marks.
 */
export function useRuleBreaches(ids: readonly string[]): Map<string, BreachRuleId[]> {
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += RULE_BREACH_IDS_MAX) {
    pages.push(ids.slice(i, i + RULE_BREACH_IDS_MAX));
  }
  const answers = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['proposals', 'list', 'rule-breaches', page],
      queryFn: ({ signal }: { signal: AbortSignal }) => listRuleBreaches(page, signal),
    })),
  });
  return new Map(answers.flatMap((a) => (a.data?.items ?? []).map((b) => [b.id, b.rules])));
}

/** The mark of a proposal whose figures break a blocking rule, naming the rules. */
export function RuleBreachMark({ rules }: { rules: readonly BreachRuleId[] }) {
  const t = useT();
  return (
    <span className="rule-breach-mark">
      <Icon name="warning" className="mr-2" />
      {t('list.breaches', { rules: rules.map((rule) => t(`breach.${rule}`)).join(', ') })}
    </span>
  );
}
