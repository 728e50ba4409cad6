import type { Kroner } from '../money.ts';
import type { EconomicRow, EconomicTable } from '../proposal.ts';
import { evaluateTable, type EvaluationOptions, type TableEvaluation } from './evaluate.ts';
import { scaleKroner } from './rounding.ts';

export interface Scenario {
  /** Whole percent, 0 to 100, by which every saving is smaller. */
  savingsReductionPercent: number;
  /** Whole years by which every saving comes later; savings pushed past the last year drop out. */
  delayYears: number;
}

function isSaving(row: EconomicRow, value: Kroner | null): value is Kroner {
  return row.section === 'lasting' && value !== null && value < 0;
}

function stressRow(row: EconomicRow, length: number, scenario: Scenario): EconomicRow {
  const keep = BigInt(100 - scenario.savingsReductionPercent);
  const values: (Kroner | null)[] = [];
  for (let year = 0; year < length; year++) {
    const value = row.values[year] ?? null;
    values.push(isSaving(row, value) ? null : value);
  }
  for (let year = 0; year + scenario.delayYears < length; year++) {
    const value = row.values[year] ?? null;
    if (!isSaving(row, value)) continue;
    // |value * keep / 100| <= |value|, so the scaled saving is always a safe integer.
    const reduced = scaleKroner(value, keep, 100n) as Kroner;
    const target = year + scenario.delayYears;
    values[target] = ((values[target] ?? 0) + reduced) as Kroner;
  }
  return { ...row, values };
}

/**
 * The table as it would be if the savings (negative cells of lasting rows) were smaller and came
 * later. Each reduced cell is rounded half away from zero to whole kroner; costs stay as they are.
 * Throws a RangeError for a scenario outside its bounds: the caller validates user input first.
 */
export function applySensitivity(table: EconomicTable, scenario: Scenario): EconomicTable {
  const { savingsReductionPercent: percent, delayYears } = scenario;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`savingsReductionPercent must be a whole number 0-100: ${percent}`);
  }
  if (!Number.isInteger(delayYears) || delayYears < 0) {
    throw new RangeError(`delayYears must be a whole number >= 0: ${delayYears}`);
  }
  const length = table.years.length;
  return { ...table, rows: table.rows.map((row) => stressRow(row, length, scenario)) };
}

/** The evaluation of the stressed table, e.g. to show the payback if savings are 20 % lower. */
export function sensitivity(
  table: EconomicTable,
  scenario: Scenario,
  options: EvaluationOptions = {},
): TableEvaluation {
  return evaluateTable(applySensitivity(table, scenario), options);
}
