import { z } from 'zod';
import { OUTCOMES, RECOMMENDATIONS } from '../domain/rounds/decisions.ts';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { ROUND_PHASES } from '../domain/rounds/rules.ts';
import {
  economicTableInput,
  economicTableOutput,
  isoDate,
  thousandsAmount,
  versionInput,
  year,
  type Wire,
} from './proposal-schema.ts';

// The round's decisions on the wire: the secretariat's recommendation, the political body's
// decision with the money granted per year (thousands of kroner, as Tabel 1 is written, at the
// round's price level), and the allocation of what was granted.

const text = z.string().max(5000);

export const recommendationInput = z.strictObject({
  /** The proposal's version the user saw; a proposal changed since answers 409. */
  version: versionInput,
  recommendation: z.enum(RECOMMENDATIONS),
  /** Required when not recommended: the author learns why. */
  note: text.default(''),
});
export type RecommendationInput = z.input<typeof recommendationInput>;

const grantedYearInput = z.strictObject({
  year,
  amount: thousandsAmount.refine((v) => v >= 0, 'må ikke være negativ'),
});

export const decisionInput = z
  .strictObject({
    version: versionInput,
    outcome: z.enum(OUTCOMES),
    decidedOn: isoDate,
    decidingBody: z.string().trim().min(1, 'skal udfyldes').max(200),
    /** The decision as the body worded it; required for rejected and postponed. */
    decisionText: text.default(''),
    /** For postponed: the later round the proposal moves to. */
    postponedToRoundId: z.string().min(1).max(60).optional(),
    /** For granted: per year what the pool pays; as asked when left out. */
    granted: z.array(grantedYearInput).min(1).max(30).optional(),
    /** For granted: the pool it is paid from; the innermost pool for its kind when left out. */
    poolKey: z.string().min(1).max(60).optional(),
    /**
     * For granted: Tabel 1 as decided, as the user confirmed it; its implementation costs must
     * equal `granted` year by year. Computed from the proposal's table when left out.
     */
    table: economicTableInput.optional(),
  })
  .superRefine((input, ctx) => {
    const years = input.granted?.map((g) => g.year) ?? [];
    if (new Set(years).size !== years.length) {
      ctx.addIssue({ code: 'custom', path: ['granted'], message: 'et år står mere end én gang' });
    }
    if (input.outcome === 'postponed' && !input.postponedToRoundId) {
      ctx.addIssue({
        code: 'custom',
        path: ['postponedToRoundId'],
        message: 'skal udfyldes, når forslaget udsættes',
      });
    }
    if (input.outcome !== 'postponed' && input.postponedToRoundId) {
      ctx.addIssue({
        code: 'custom',
        path: ['postponedToRoundId'],
        message: 'kun når forslaget udsættes',
      });
    }
    if (input.outcome !== 'granted') {
      for (const field of ['granted', 'poolKey', 'table'] as const) {
        if (input[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'kun når forslaget bevilges' });
        }
      }
    }
  });
export type DecisionInput = z.input<typeof decisionInput>;

export const roundParams = z.object({ roundId: z.string().min(1).max(60) });
export const decisionParams = roundParams.extend({ proposalId: z.uuid() });

const amountsOut = z.array(z.object({ year: z.number(), amount: z.number() }));

export const decisionOutput = z.object({
  version: z.number(),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  recommendationNote: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  decidedOn: z.string().nullable(),
  decidingBody: z.string().nullable(),
  decisionText: z.string(),
  postponedToRoundId: z.string().nullable(),
  rulesVersion: z.number().nullable(),
});
export type DecisionOutput = z.infer<typeof decisionOutput>;

export const planOutput = z.object({
  poolKey: z.string(),
  rulesVersion: z.number(),
  decidedOn: z.string(),
  granted: amountsOut,
  table: economicTableOutput,
});
/** As it travels, amounts in thousands. */
export type PlanOutput = Wire<z.output<typeof planOutput>>;

export const roundDecisionItem = z.object({
  proposalId: z.string(),
  version: z.number(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  leadAdministration: z.string().nullable(),
  /** Whether the proposal is in this round now (false: postponed from it to a later one). */
  inRound: z.boolean(),
  /** What it asks the pool for per year, at `askedPriceLevelYear`. */
  asked: amountsOut,
  askedPriceLevelYear: z.number().nullable(),
  /** Its Tabel 1 at the round's price level, the table a grant is shared out over. */
  table: economicTableOutput,
  poolKey: z.string().nullable(),
  decision: decisionOutput.nullable(),
  plan: planOutput.nullable(),
});
/** As it travels, amounts in thousands. */
export type RoundDecisionItem = Wire<z.output<typeof roundDecisionItem>>;

export const roundDecisionsOutput = z.object({
  round: z.object({
    id: z.string(),
    name: z.string(),
    year: z.number(),
    phase: z.enum(ROUND_PHASES),
    priceLevelYear: z.number(),
    decisionOn: z.string().nullable(),
    rulesVersion: z.number().nullable(),
  }),
  /** Rounds a proposal may be postponed to: the later ones. */
  laterRounds: z.array(z.object({ id: z.string(), name: z.string() })),
  items: z.array(roundDecisionItem),
});
/** As it travels, amounts in thousands. */
export type RoundDecisionsOutput = Wire<z.output<typeof roundDecisionsOutput>>;

const poolYearOut = z.object({
  year: z.number(),
  budget: z.number().nullable(),
  granted: z.number(),
  remaining: z.number().nullable(),
});

export const allocationOutput = z.object({
  roundId: z.string(),
  roundName: z.string(),
  priceLevelYear: z.number(),
  rulesVersion: z.number().nullable(),
  /** False when the user sees only some of the grants (an author: their own forvaltning's). */
  complete: z.boolean(),
  years: z.array(z.number()),
  pools: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      parentKey: z.string().nullable(),
      years: z.array(poolYearOut),
      budgetTotal: z.number().nullable(),
      grantedTotal: z.number(),
      remainingTotal: z.number().nullable(),
    }),
  ),
  byAdministration: z.array(
    z.object({
      administration: z.string().nullable(),
      poolKey: z.string(),
      perYear: z.array(z.number()),
      total: z.number(),
    }),
  ),
  grantedPerYear: z.array(z.number()),
  grantedTotal: z.number(),
  cashFlowYears: z.array(z.number()),
  cashFlow: z.array(
    z.object({
      poolKey: z.string(),
      name: z.string(),
      years: z.array(
        z.object({
          year: z.number(),
          payout: z.number(),
          savings: z.number(),
          net: z.number(),
          cumulativeNet: z.number(),
        }),
      ),
    }),
  ),
});
export type AllocationOutput = z.infer<typeof allocationOutput>;
