// The submission rules of SPEC.md section 6 as data: each rule has a stable id, a severity and a
// check. Drafts are saved whatever they hold; these decide whether a proposal may be submitted.
import { evaluateTable, type TableEvaluation } from '../economics/index.ts';
import type { EconomicTable, ProposalContent, ProposalKind } from '../proposal.ts';
import type { SubmissionRules } from '../rules.ts';
import { PROPOSAL_RULES } from './proposal-rules.ts';
import { runRules, type ValidationIssue } from './rule.ts';
import { TABLE_RULES } from './table-rules.ts';

export { MANDATORY_SECTIONS, PROPOSAL_RULES, type ProposalContext } from './proposal-rules.ts';
export { checkRoundAgainstPool } from './round.ts';
export {
  BREACH_RULES,
  hasBlockingIssues,
  isRuleId,
  ruleBreaches,
  type BreachRuleId,
  type Finding,
  type IssueParams,
  type Rule,
  type RuleId,
  type Severity,
  type ValidationIssue,
} from './rule.ts';
export { TABLE_RULES, type TableContext } from './table-rules.ts';

/**
 * Every issue of a proposal: Tabel 1's (with fields under 'economy.') and the rest. Pass the
 * evaluation when the caller already has it; it is computed otherwise. Without rules (none
 * configured for the year) the payback limit and the caps are not checked.
 */
export function validateProposal(
  proposal: ProposalContent,
  rules: SubmissionRules | null,
  evaluation: TableEvaluation = evaluateTable(proposal.economy),
): ValidationIssue[] {
  const table = { table: proposal.economy, evaluation, kind: proposal.kind, rules };
  return [
    ...runRules(PROPOSAL_RULES, { proposal, rules, evaluation }),
    ...runRules(TABLE_RULES, table, 'economy.'),
  ];
}

/**
 * A bare Tabel 1 (years, price level, rows), e.g. one being edited or imported. Without kind and
 * rules the payback limit and the caps are not checked; fields are relative to the table.
 */
export function validateTable(
  table: EconomicTable,
  options: { kind?: ProposalKind; rules?: SubmissionRules; evaluation?: TableEvaluation } = {},
): ValidationIssue[] {
  const evaluation = options.evaluation ?? evaluateTable(table);
  return runRules(TABLE_RULES, {
    table,
    evaluation,
    kind: options.kind ?? null,
    rules: options.rules ?? null,
  });
}
