import { z } from 'zod';
import { PROPOSAL_KINDS } from '../domain/proposal.ts';
import { ROUND_KINDS } from './api-schemas.ts';
import { ROUND_PHASES } from '../domain/rounds/rules.ts';
import { thousandsAmount, year } from './proposal-schema.ts';

// A round's rules on the wire, amounts in thousands of kroner as the municipality writes them:
// nested pools with an amount per year, caps per kind, the payback limit, the criteria.

const key = z.string().trim().min(1).max(60);
const name = z.string().trim().min(1).max(200);
const limit = thousandsAmount.nullable().default(null);

const rulesContent = z.strictObject({
  paybackLimitYears: z.number().int(),
  caps: z.strictObject({
    foranalyse: limit,
    innovationsforslag: limit,
    investeringsforslag: limit,
  }),
  pools: z
    .array(
      z.strictObject({
        key,
        name,
        parentKey: key.nullable(),
        kinds: z.array(z.enum(PROPOSAL_KINDS)).max(PROPOSAL_KINDS.length),
        budgets: z
          .array(
            z.strictObject({
              year,
              amount: thousandsAmount,
              serviceLimit: limit,
              anlaegLimit: limit,
            }),
          )
          .max(30),
      }),
    )
    .max(50),
  criteria: z
    .array(
      z.strictObject({
        key,
        name,
        scaleMin: z.number().int().min(-1000).max(1000),
        scaleMax: z.number().int().min(-1000).max(1000),
        weight: z.number().int().max(1000),
      }),
    )
    .max(20),
});

export const rulesInput = z.strictObject({
  /** The rules version the user saw; null when the round has none yet. */
  version: z.number().int().min(1).nullable(),
  /** Required once the round is opened for decision: the audit log says why the rules changed. */
  reason: z.string().trim().max(2000).default(''),
  rules: rulesContent,
});

const amount = z.number().nullable();
export const rulesOutput = z.object({
  roundId: z.string(),
  phase: z.enum(ROUND_PHASES),
  /** The round the rules belong to; its `version` is what opening it for decision is sent. */
  round: z.object({
    name: z.string(),
    kind: z.enum(ROUND_KINDS),
    year: z.number().int(),
    opensOn: z.string().nullable(),
    deadline: z.string().nullable(),
    decisionOn: z.string().nullable(),
    /** The p/l the round's money is paid in. */
    priceLevelYear: z.number().int(),
    version: z.number().int(),
  }),
  version: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  rules: z.object({
    paybackLimitYears: z.number().int(),
    caps: z.object({ foranalyse: amount, innovationsforslag: amount, investeringsforslag: amount }),
    pools: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        parentKey: z.string().nullable(),
        kinds: z.array(z.enum(PROPOSAL_KINDS)),
        budgets: z.array(
          z.object({
            year: z.number(),
            amount: z.number(),
            serviceLimit: amount,
            anlaegLimit: amount,
          }),
        ),
      }),
    ),
    criteria: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        scaleMin: z.number(),
        scaleMax: z.number(),
        weight: z.number(),
      }),
    ),
  }),
});
export type RulesOutput = z.infer<typeof rulesOutput>;

export const lockInput = z.strictObject({ version: z.number().int().min(1) });
