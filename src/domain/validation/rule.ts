/** 'error' blocks submission; 'warning' is shown but lets the proposal go on. */
export type Severity = 'error' | 'warning';

/**
 * The submission rules' ids. A rule's id must be one of these, and the translations of the rule
 * messages are keyed by them, so a new rule without a translation fails the type-check.
 */
export const RULE_IDS = [
  'price-level-missing',
  'years-missing',
  'years-not-contiguous',
  'table-empty',
  'payback-limit',
  'cap-exceeded',
  'efficiency-row-positive',
  'cost-row-negative',
  'mandatory-section',
  'future-investment-missing',
  'finance-approval-missing',
  'stated-total-differs',
  'stated-payback-differs',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export type IssueParams = Record<string, string | number | null>;

export interface ValidationIssue {
  /** Stable id of the rule, e.g. 'payback-limit', so a UI can show its own wording. */
  ruleId: string;
  severity: Severity;
  /** Path into the proposal ('economy.rows.2.values.3', 'title'); computed Tabel 1 lines are
   * under economy as the UI shows them ('economy.payback.total'). */
  field: string;
  /** Danish, naming the field and the rule. */
  message: string;
  /** The figures in the message, for a translation. */
  params: IssueParams;
}

export interface Finding {
  field: string;
  message: string;
  params?: IssueParams;
}

export interface Rule<Context> {
  id: RuleId;
  severity: Severity;
  check(context: Context): Finding[];
}

export function runRules<Context>(
  rules: readonly Rule<Context>[],
  context: Context,
  fieldPrefix = '',
): ValidationIssue[] {
  return rules.flatMap((rule) =>
    rule.check(context).map((finding) => ({
      ruleId: rule.id,
      severity: rule.severity,
      field: fieldPrefix + finding.field,
      message: finding.message,
      params: finding.params ?? {},
    })),
  );
}

export function hasBlockingIssues(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * The blocking rules a proposal's figures break (a cap, the payback limit, the year columns),
 * as against what is not yet filled in: what marks a proposal in the list, where every draft
 * would otherwise carry a mark for its empty sections.
 */
export const BREACH_RULES = ['cap-exceeded', 'payback-limit', 'years-not-contiguous'] as const;
export type BreachRuleId = (typeof BREACH_RULES)[number];

const isBreach = (ruleId: string): ruleId is BreachRuleId =>
  (BREACH_RULES as readonly string[]).includes(ruleId);

/** The distinct breached rules among `issues`, in the order found. */
export function ruleBreaches(issues: readonly ValidationIssue[]): BreachRuleId[] {
  const breached = issues.flatMap(({ severity, ruleId }) =>
    severity === 'error' && isBreach(ruleId) ? [ruleId] : [],
  );
  return [...new Set(breached)];
}
