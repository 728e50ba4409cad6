import { z } from 'zod';
import { OBJECTIVES } from '../domain/portfolio/candidates.ts';
import { PROPOSAL_KINDS } from '../domain/proposal.ts';
import { thousandsAmount, year } from './proposal-schema.ts';

// The optimiser on the wire: what the secretariat asks (the objective and a what-if: budgets
// changed, proposals forced in or out, nothing saved) and the two choices side by side. Amounts
// in thousands of kroner at the round's price level, as the overview shows them.

const ids = z.array(z.uuid()).max(2000).default([]);

export const portfolioInput = z.strictObject({
  objective: z.enum(OBJECTIVES).default('net_savings'),
  forcedIn: ids,
  forcedOut: ids,
  /** A pool's budget for a year replaced, for this calculation only. */
  budgets: z
    .array(
      z.strictObject({
        poolKey: z.string().min(1).max(60),
        year,
        amount: thousandsAmount.refine((v) => v >= 0, 'må ikke være negativ'),
      }),
    )
    .max(200)
    .default([]),
});
export type PortfolioInput = z.input<typeof portfolioInput>;

export const EXCLUSIONS = ['forced_out', 'over_cap', 'no_pool'] as const;

export const portfolioOutput = z.object({
  roundId: z.string(),
  rulesVersion: z.number().int(),
  objective: z.enum(OBJECTIVES),
  /** The solver proved that no better set exists (or that none exists). */
  proven: z.boolean(),
  solverStatus: z.string(),
  /** Null when the forced-in proposals cannot all be funded; `infeasible` says why. */
  optimum: z.number().nullable(),
  simple: z.number(),
  /** What the optimum is worth more than the simple choice; in thousands unless by score. */
  difference: z.number().nullable(),
  infeasible: z.array(z.string()),
  candidates: z.array(
    z.object({
      proposalId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      kind: z.enum(PROPOSAL_KINDS),
      poolKey: z.string().nullable(),
      requested: z.number(),
      value: z.number(),
      forcedIn: z.boolean(),
      excluded: z.enum(EXCLUSIONS).nullable(),
      inOptimum: z.boolean(),
      inSimple: z.boolean(),
    }),
  ),
  lines: z.array(
    z.object({
      poolKey: z.string(),
      poolName: z.string(),
      year: z.number().int(),
      measure: z.enum(['total', 'service', 'anlaeg']),
      limit: z.number(),
      usedByOptimum: z.number().nullable(),
      usedBySimple: z.number(),
    }),
  ),
});
export type PortfolioOutput = z.infer<typeof portfolioOutput>;

export const scoresInput = z.strictObject({
  scores: z
    .array(z.strictObject({ criterionKey: z.string().min(1).max(60), score: z.number().int() }))
    .max(50),
});

export const scoresOutput = z.object({
  roundId: z.string(),
  rulesVersion: z.number().int().nullable(),
  criteria: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      scaleMin: z.number().int(),
      scaleMax: z.number().int(),
      weight: z.number().int(),
    }),
  ),
  proposals: z.array(
    z.object({
      proposalId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      scores: z.record(z.string(), z.number().int()),
      weightedScore: z.number().int(),
      /** What it asks of the pool in all, at the round's price level (1.000 kr.). */
      requested: z.number(),
      /** What its Tabel 1 saves net over its years, at the round's price level (1.000 kr.). */
      netSavings: z.number(),
      rank: z.number().int(),
    }),
  ),
});
export type ScoresOutput = z.infer<typeof scoresOutput>;
