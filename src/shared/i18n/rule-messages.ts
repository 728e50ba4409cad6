import { isRuleId, type RuleId, type ValidationIssue } from '../../domain/validation/index.ts';
import { formatDanishNumber } from '../danish-number.ts';

// The submission rules speak Danish from the domain; this is their English, by rule id and the
// figures each issue carries in its params, for the form and for the API's answers in English.

// In English, the currency before the amount: "DKK 2.000.000", never "2.000.000 kr.." at a sentence's end.
const kr = (value: unknown) => `DKK ${formatDanishNumber(Number(value))}`;

const basisOf = (field: string) =>
  field.endsWith('.service') ? 'the service efficiency' : 'the total economy';

type English = (issue: ValidationIssue, fieldName: string | null) => string;

const ENGLISH: Record<RuleId, English> = {
  'price-level-missing': () =>
    'The price level of Tabel 1 is missing: state which year’s prices the amounts are in.',
  'years-missing': () => 'Tabel 1 has no year columns.',
  'years-not-contiguous': ({ params }) =>
    `The year columns of Tabel 1 must be consecutive, but ${params.year} follows ${params.previous}.`,
  'table-empty': () => 'Tabel 1 is empty: at least one row must hold amounts.',
  'payback-limit': ({ field, params }) =>
    `Payback based on ${basisOf(field)}: the proposal ${
      params.payback === null
        ? 'does not pay back within the years of the table'
        : `pays back only in year ${params.payback}`
    }, but an investment case must pay back within ${params.limit} years.`,
  'cap-exceeded': ({ params }) => {
    const converted =
      params.requested === params.stated
        ? ''
        : `, ${kr(params.requested)} at the round’s price level (${params.capsYear} p/l)`;
    return `The implementation costs total ${kr(params.stated)}${converted}, but a proposal of this kind may ask for at most ${kr(params.cap)}.`;
  },
  'efficiency-row-positive': ({ params }) =>
    `Tabel 1, row "${params.label}" is an efficiency (mostly negative amounts) but is positive in ${params.year} (${kr(params.amount)}). Savings are written with a minus.`,
  'cost-row-negative': ({ params }) =>
    `Tabel 1, row "${params.label}" is an implementation cost but is negative in ${params.year} (${kr(params.amount)}). Costs are written without a minus.`,
  'mandatory-section': (_, fieldName) =>
    `${fieldName ?? 'This section'} must be filled in before the proposal can be submitted.`,
  'future-investment-missing': () =>
    'Tabel 2 (future investment case) is missing: an innovation case must point to a concrete future investment case.',
  'finance-approval-missing': () =>
    'Center for Økonomi’s approval of the economics (Tabel 4) is missing or not given: the proposal cannot be submitted without it.',
  'stated-total-differs': ({ params }) =>
    `The stated "${params.label}" for ${params.year} is ${kr(params.stated)}, but the rows of Tabel 1 give ${kr(params.computed)}.`,
  'stated-payback-differs': ({ field, params }) =>
    `The stated payback based on ${basisOf(field)} is ${params.stated} years, but Tabel 1 gives ${
      params.computed === null ? 'no payback within the table’s years' : `${params.computed} years`
    }.`,
};

/** Issues that no submission rule raises but that an answer carries beside the rules' own. */
const OTHER_ENGLISH: Record<string, English> = {
  // The economics API judging by a year older than any configured rules.
  'rules-missing': ({ params }) =>
    `There are no submission rules for ${params.year} or an earlier year, so the payback limit and caps are not checked.`,
};

/** The issue in English; one whose English is not known here keeps its Danish message. */
export function englishRuleMessage(issue: ValidationIssue, fieldName: string | null): string {
  if (isRuleId(issue.ruleId)) return ENGLISH[issue.ruleId](issue, fieldName);
  return OTHER_ENGLISH[issue.ruleId]?.(issue, fieldName) ?? issue.message;
}
