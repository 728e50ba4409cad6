import { z } from 'zod';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { ROUND_PHASES } from '../domain/rounds/rules.ts';
import { thousandsOut, type Wire } from './proposal-schema.ts';

// The round's live overview on the wire: exact amounts in thousands of kroner (the serializer
// writes the domain's kroner so), the printed whole thousands beside them, and the marks.

const printed = z.object({ perYear: z.array(z.number().int()), total: z.number().int() });
const amounts = { perYear: z.array(thousandsOut), total: thousandsOut, printed };
const sum = z.object({ ...amounts, roundingDifference: printed });

const entry = z.object({
  proposalId: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  poolKey: z.string().nullable(),
  ...amounts,
  cap: thousandsOut.nullable(),
  overCap: z.boolean(),
  notConverted: z.string().nullable(),
});

const poolYear = z.object({
  year: z.number().int(),
  budget: thousandsOut.nullable(),
  /** What the proposals drawing on the pool and the pools inside it ask. */
  granted: thousandsOut,
  remaining: thousandsOut.nullable(),
});

export const roundOverviewOutput = z
  .object({
    round: z.object({ id: z.string(), name: z.string(), phase: z.enum(ROUND_PHASES) }),
    priceLevelYear: z.number().int(),
    rulesVersion: z.number().int().nullable(),
    years: z.array(z.number().int()),
    committees: z.array(
      z.object({
        committee: z.string().nullable(),
        administrations: z.array(
          z.object({ administration: z.string().nullable(), entries: z.array(entry), sum }),
        ),
        sum,
      }),
    ),
    sum,
    pools: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        parentKey: z.string().nullable(),
        years: z.array(poolYear),
        budgetTotal: thousandsOut.nullable(),
        grantedTotal: thousandsOut,
        remainingTotal: thousandsOut.nullable(),
      }),
    ),
    exceeded: z.array(
      z.object({ poolKey: z.string(), year: z.number().int(), over: thousandsOut }),
    ),
  })
  .meta({ id: 'RoundOverview' });
/** As it travels, amounts in thousands. */
export type RoundOverviewOutput = Wire<z.output<typeof roundOverviewOutput>>;

export const codesOutput = z.object({
  assigned: z.array(z.object({ proposalId: z.string(), code: z.string() })),
});
export type CodesOutput = z.infer<typeof codesOutput>;
