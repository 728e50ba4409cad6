/** 'error' blocks submission; 'warning' is shown but lets the proposal go on. */
export type Severity = 'error' | 'warning';

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
  id: string;
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
