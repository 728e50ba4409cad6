import { z } from 'zod';
import {
  DEFAULT_SCENARIO,
  discountRateOfPercent,
  MAX_DISCOUNT_RATE_PERCENT,
  SCENARIO_LIMITS,
} from '../../domain/economics/index.ts';
import { checkRowLengths, PROPOSAL_KINDS } from '../../domain/proposal.ts';
import {
  economicRows,
  economicTableOutput,
  year,
  yearColumns,
  type Wire,
} from '../../shared/proposal-schema.ts';
import { submissionRulesOutput } from '../../shared/economics-schema.ts';

// POST /api/economics/evaluate: a bare Tabel 1 in, everything derived from it out. The table is
// the proposal's own wire shape (thousands of kroner, at most three decimals, null for an empty
// cell), but every part must be sent: a missing part is an error here, never a default.

/** A yearly rate in percent with at most two decimals (3.5 is 3,5 %), parsed to basis points. */
const ratePercent = z
  .number({ error: 'skal være en rente i procent, fx 3.5' })
  .min(0)
  .max(MAX_DISCOUNT_RATE_PERCENT)
  .transform((value, ctx) => {
    const rate = discountRateOfPercent(value);
    if (rate === null) {
      ctx.addIssue({ code: 'custom', message: 'højst to decimaler' });
      return z.NEVER;
    }
    return rate;
  });

export const evaluateBody = z
  .strictObject({
    priceLevelYear: year.nullable(),
    years: yearColumns,
    rows: economicRows,
    /** Turns on the payback limit and the cap of that kind. */
    kind: z.enum(PROPOSAL_KINDS).optional(),
    rulesYear: year.optional(),
    /** The round the proposal is in: its year's rules apply, as in the edit form. */
    roundId: z.string().min(1).max(60).optional(),
    discountRate: ratePercent.optional(),
    sensitivity: z
      .strictObject({
        savingsReductionPercent: z
          .number()
          .int()
          .min(0)
          .max(SCENARIO_LIMITS.savingsReductionPercent)
          .default(DEFAULT_SCENARIO.savingsReductionPercent),
        delayYears: z
          .number()
          .int()
          .min(0)
          .max(SCENARIO_LIMITS.delayYears)
          .default(DEFAULT_SCENARIO.delayYears),
      })
      .optional(),
    targetPriceLevelYear: year.optional(),
  })
  .superRefine(checkRowLengths)
  .meta({ id: 'EvaluateRequest' });
export type EvaluateBody = z.output<typeof evaluateBody>;

const series = z.array(z.number());
const sectionTotals = z.object({
  byArea: z.object({ service: series, anlaeg: series, overfoersler: series, finans: series }),
  total: series,
});
const payback = z.object({
  service: z.number().int().nullable(),
  total: z.number().int().nullable(),
});

const scenarioOutput = z.object({
  savingsReductionPercent: z.number().int(),
  delayYears: z.number().int(),
  impact: series,
  cumulative: series,
  payback,
  npv: z.number(),
});

export const evaluationOutput = z
  .object({
    /** The table evaluated: the one sent, or it converted to `targetPriceLevelYear`. */
    table: economicTableOutput,
    conversion: z
      .object({
        fromPriceLevelYear: z.number().int(),
        toPriceLevelYear: z.number().int(),
        fromIndex: z.number(),
        toIndex: z.number(),
      })
      .nullable(),
    totals: z.object({
      lasting: sectionTotals,
      implementation: sectionTotals,
      loan: sectionTotals,
    }),
    impact: series,
    cumulative: series,
    serviceImpact: series,
    serviceCumulative: series,
    payback,
    npv: z.object({ discountRate: z.number(), total: z.number() }),
    requestedFromPool: z.number(),
    sensitivity: z.object({
      savingsLower: scenarioOutput,
      savingsLater: scenarioOutput,
      both: scenarioOutput,
    }),
    rules: submissionRulesOutput.nullable(),
    issues: z.array(
      z.object({
        ruleId: z.string(),
        severity: z.enum(['error', 'warning']),
        field: z.string(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'Evaluation' });
/** As it travels, amounts in thousands. */
export type EvaluationOutput = Wire<z.output<typeof evaluationOutput>>;
