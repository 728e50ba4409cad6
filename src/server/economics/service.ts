import {
  convertPriceLevel,
  evaluateTable,
  sensitivity,
  type BasisPoints,
  type EvaluationOptions,
  type PriceLevelError,
  type Scenario,
  type TableEvaluation,
} from '../../domain/economics/index.ts';
import type { EconomicTable, ProposalKind } from '../../domain/proposal.ts';
import type { YearRules } from '../../domain/rules.ts';
import { validateTable, type ValidationIssue } from '../../domain/validation/index.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Result } from '../problems.ts';
import { judgingRulesFor, type Judging } from '../rules/judging.ts';
import { say } from '../words.ts';
import { priceLevelMessage } from '../../shared/i18n/price-level-messages.ts';

export interface EvaluateRequest {
  table: EconomicTable;
  kind?: ProposalKind | undefined;
  rulesYear?: number | undefined;
  roundId?: string | undefined;
  discountRate?: BasisPoints | undefined;
  scenario: Scenario;
  targetPriceLevelYear?: number | undefined;
}

export interface Conversion {
  fromPriceLevelYear: number;
  toPriceLevelYear: number;
  fromPoints: number;
  toPoints: number;
}

export interface EconomicsEvaluation {
  table: EconomicTable;
  conversion: Conversion | null;
  evaluation: TableEvaluation;
  scenarios: {
    savingsLower: { scenario: Scenario; evaluation: TableEvaluation };
    savingsLater: { scenario: Scenario; evaluation: TableEvaluation };
    both: { scenario: Scenario; evaluation: TableEvaluation };
  };
  rules: YearRules | null;
  issues: ValidationIssue[];
}

function conversionField(error: PriceLevelError, table: EconomicTable): string {
  switch (error.code) {
    case 'price-level-missing':
      return 'priceLevelYear';
    case 'index-year-missing':
    case 'index-invalid':
      return error.year === table.priceLevelYear ? 'priceLevelYear' : 'targetPriceLevelYear';
    case 'amount-out-of-range':
      return error.cell ? `rows.${error.cell.row}.values.${error.cell.column}` : 'rows';
  }
}

function rulesMissing(year: number): ValidationIssue {
  return {
    ruleId: 'rules-missing',
    severity: 'warning',
    field: 'rulesYear',
    message: `Der er ingen indsendelsesregler for ${year} eller tidligere år, så tilbagebetalingsgrænse og loft er ikke kontrolleret.`,
    params: { year },
  };
}

type Stores = Pick<DataAccess, 'reference' | 'priceIndices' | 'decisions'>;

/** The table at the price level asked for, by the secretariat's index; as sent otherwise. */
async function atPriceLevel(
  table: EconomicTable,
  target: number | undefined,
  { priceIndices }: Stores,
): Promise<Result<{ table: EconomicTable; conversion: Conversion | null }>> {
  if (target === undefined || target === table.priceLevelYear) {
    return ok({ table, conversion: null });
  }
  const index = await priceIndices.index();
  const converted = convertPriceLevel(table, target, index);
  if (!converted.ok) {
    const field = conversionField(converted.error, table);
    return fail(validationProblem([{ field, message: priceLevelMessage(converted.error) }]));
  }
  // Conversion succeeded, so both years are in the index and the table has a price level.
  const from = table.priceLevelYear as number;
  const conversion = {
    fromPriceLevelYear: from,
    toPriceLevelYear: target,
    fromPoints: index[from] as number,
    toPoints: index[target] as number,
  };
  return ok({ table: converted.value, conversion });
}

function evaluateWithScenarios(
  table: EconomicTable,
  options: EvaluationOptions,
  scenario: Scenario,
): Result<Pick<EconomicsEvaluation, 'evaluation' | 'scenarios'>> {
  const lower = { savingsReductionPercent: scenario.savingsReductionPercent, delayYears: 0 };
  const later = { savingsReductionPercent: 0, delayYears: scenario.delayYears };
  try {
    return ok({
      evaluation: evaluateTable(table, options),
      scenarios: {
        savingsLower: { scenario: lower, evaluation: sensitivity(table, lower, options) },
        savingsLater: { scenario: later, evaluation: sensitivity(table, later, options) },
        both: { scenario, evaluation: sensitivity(table, scenario, options) },
      },
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail(validationProblem([{ field: 'rows', message: say('issue.economics.tooLarge') }]));
  }
}

/** The year whose rules judge the table, and those rules (null when none are that old). */
async function rulesFor(
  request: EvaluateRequest,
  table: EconomicTable,
  stores: Stores,
): Promise<Result<Judging>> {
  const judged = await judgingRulesFor(stores, request.roundId ?? null, table, request.rulesYear);
  if (judged) return ok(judged);
  const message = say('issue.unknownRound', { id: request.roundId ?? '' });
  return fail(validationProblem([{ field: 'roundId', message }]));
}
export function economicsService(stores: Stores) {
  return {
    /**
     * Tabel 1's totals, paybacks, present value, sensitivity and rule findings, by the rules in
     * force for the table's year (configuration in the database) and, when asked, at another
     * price level by the secretariat's index.
     */
    async evaluateEconomics(request: EvaluateRequest): Promise<Result<EconomicsEvaluation>> {
      const converted = await atPriceLevel(request.table, request.targetPriceLevelYear, stores);
      if (!converted.ok) return converted;
      const { table, conversion } = converted.value;
      const options = { discountRate: request.discountRate };
      const computed = evaluateWithScenarios(table, options, request.scenario);
      if (!computed.ok) return computed;
      const judged = await rulesFor(request, table, stores);
      if (!judged.ok) return judged;
      const { evaluation, scenarios } = computed.value;
      const { year, rules } = judged.value;
      const issues = validateTable(table, { kind: request.kind, rules: rules?.rules, evaluation });
      if (request.kind !== undefined && rules === null && year !== null) {
        issues.push(rulesMissing(year));
      }
      return ok({ table, conversion, evaluation, scenarios, rules, issues });
    },
  };
}
