import { z } from 'zod';
import { isDueDay } from '../domain/followup/realised-flags.ts';
import { AREAS, PROPOSAL_KINDS, PROPOSAL_STATUSES, ROW_SECTIONS } from '../domain/proposal.ts';
import { thousandsAmount, versionInput, year } from './proposal-schema.ts';

// Benefit realisation on the wire: realised figures per plan row and year, the secretariat's
// follow-up settings, the portfolio dashboard, the deviation list and the realism check.
// Amounts travel in thousands of kroner with at most three decimals, as Tabel 1 is written.

const MAX_ROWS = 200;

export const realisedRowInput = z.strictObject({
  /** The plan row's position in Tabel 1 as decided, from 0. */
  row: z
    .number()
    .int()
    .min(0)
    .max(MAX_ROWS - 1),
  /** Null: nothing realised on the row. */
  amount: thousandsAmount.nullable(),
  /** Why the row deviates from the plan. */
  comment: z.string().max(2000).default(''),
});

export const realisedReportInput = z
  .strictObject({
    /** The year's report version the user saw; null when reporting the year the first time. */
    version: versionInput.nullable(),
    /** The price level the amounts are in; the plan's when left out. */
    priceLevelYear: year.optional(),
    rows: z.array(realisedRowInput).max(MAX_ROWS),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<number>();
    input.rows.forEach((r, i) => {
      if (seen.has(r.row)) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'row'], message: 'rækken står to gange' });
      }
      seen.add(r.row);
    });
  });
export type RealisedReportInput = z.input<typeof realisedReportInput>;

export const realisedParams = z.object({ id: z.uuid(), year: z.coerce.number().pipe(year) });

const savingsTargetInput = z.strictObject({
  /** Null for the portfolio as a whole. */
  administration: z.string().trim().min(1).max(20).nullable(),
  year,
  amount: thousandsAmount.refine((v) => v >= 0, 'må ikke være negativ'),
});

export const followUpSettingsInput = z
  .strictObject({
    version: versionInput.nullable(),
    lagThresholdPercent: z.number().int().min(0).max(100),
    reportDueMonth: z.number().int().min(1).max(12),
    reportDueDay: z.number().int().min(1).max(31),
    targets: z.array(savingsTargetInput).max(500).default([]),
  })
  .superRefine((input, ctx) => {
    if (!isDueDay(input.reportDueMonth, input.reportDueDay)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportDueDay'],
        message: 'dagen findes ikke i hvert år i den måned',
      });
    }
    const seen = new Set<string>();
    input.targets.forEach((t, i) => {
      const key = `${t.administration ?? ''}:${t.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'year'],
          message: 'der er allerede et mål for det år',
        });
      }
      seen.add(key);
    });
  });
export type FollowUpSettingsInput = z.input<typeof followUpSettingsInput>;

const sums = z.object({
  lasting: z.number(),
  implementation: z.number(),
  loan: z.number(),
  savings: z.number(),
});

const lagFlag = z.object({
  kind: z.literal('lag'),
  years: z.array(z.number()),
  plannedSavings: z.number(),
  realisedSavings: z.number(),
  shortfall: z.number(),
});
const overdueFlag = z.object({
  kind: z.literal('overdue'),
  year: z.number(),
  dueOn: z.string(),
  daysOverdue: z.number(),
});
export const realisationFlag = z.discriminatedUnion('kind', [lagFlag, overdueFlag]);
export type RealisationFlagOutput = z.infer<typeof realisationFlag>;

export const realisedOutput = z.object({
  proposalId: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  leadAdministration: z.string().nullable(),
  /** The plan's price level: every amount is in it. */
  priceLevelYear: z.number().nullable(),
  mayReport: z.boolean(),
  years: z.array(
    z.object({
      year: z.number(),
      dueOn: z.string(),
      reported: z.boolean(),
      /** The report's version, for the next report of the year; null before the first. */
      version: z.number().nullable(),
      reportedPriceLevelYear: z.number().nullable(),
      updatedAt: z.string().nullable(),
      rows: z.array(
        z.object({
          row: z.number(),
          label: z.string(),
          section: z.enum(ROW_SECTIONS),
          area: z.enum(AREAS),
          planned: z.number().nullable(),
          realised: z.number().nullable(),
          deviation: z.number().nullable(),
          comment: z.string(),
        }),
      ),
      planned: sums,
      realised: sums.nullable(),
    }),
  ),
  flags: z.array(realisationFlag),
});
export type RealisedOutput = z.infer<typeof realisedOutput>;

const target = z.object({
  administration: z.string().nullable(),
  year: z.number(),
  amount: z.number(),
});

export const followUpSettingsOutput = z.object({
  /** Null while the defaults hold: send null to save the first version. */
  version: z.number().nullable(),
  lagThresholdPercent: z.number(),
  reportDueMonth: z.number(),
  reportDueDay: z.number(),
  targets: z.array(target),
});
export type FollowUpSettingsOutput = z.infer<typeof followUpSettingsOutput>;

const portfolioYear = z.object({
  year: z.number(),
  planned: z.number(),
  realised: z.number(),
  plannedReported: z.number(),
  /** Realised as a percentage of plannedReported, one decimal; null before any report. */
  percent: z.number().nullable(),
  reported: z.number(),
  proposals: z.number(),
  target: z.number().nullable(),
});
export type PortfolioYearOutput = z.infer<typeof portfolioYear>;

export const dashboardQuery = z.object({ priceLevelYear: z.coerce.number().pipe(year).optional() });

export const dashboardOutput = z.object({
  priceLevelYear: z.number().nullable(),
  /** False when some granted proposals are not the user's to see and are left out. */
  complete: z.boolean(),
  years: z.array(z.number()),
  portfolio: z.array(portfolioYear),
  byAdministration: z.array(
    z.object({
      administration: z.string().nullable(),
      name: z.string(),
      years: z.array(portfolioYear),
    }),
  ),
  byPool: z.array(z.object({ poolKey: z.string(), years: z.array(portfolioYear) })),
});
export type DashboardOutput = z.infer<typeof dashboardOutput>;

export const deviationsOutput = z.object({
  /** The Copenhagen date the overdue reports are counted on. */
  today: z.string(),
  lagThresholdPercent: z.number(),
  items: z.array(
    z.object({
      proposalId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      leadAdministration: z.string().nullable(),
      status: z.enum(PROPOSAL_STATUSES),
      priceLevelYear: z.number().nullable(),
      /** The savings planned and realised in the years reported so far, at the plan's level. */
      savings: z.object({
        years: z.array(z.number()),
        planned: z.number(),
        realised: z.number(),
      }),
      flags: z.array(realisationFlag),
    }),
  ),
});
export type DeviationsOutput = z.infer<typeof deviationsOutput>;

export const realismOutput = z.object({
  /** Null when no granted proposal has reported savings yet. */
  ratio: z
    .object({
      basis: z.enum(['administration-kind', 'kind', 'all']),
      administration: z.string().nullable(),
      kind: z.enum(PROPOSAL_KINDS).nullable(),
      /** Realised savings over promised savings, in 1.000 kr. at the proposals' price levels. */
      realised: z.number(),
      promised: z.number(),
      /** Realised as a percentage of promised, one decimal. */
      percent: z.number(),
      proposals: z.number(),
    })
    .nullable(),
  priceLevelYear: z.number().nullable(),
  years: z.array(z.number()),
  promisedSavings: z.array(z.number()),
  likelySavings: z.array(z.number()),
  payback: z.object({ promised: z.number().nullable(), likely: z.number().nullable() }),
});
export type RealismOutput = z.infer<typeof realismOutput>;

export const realisedImportQuery = z.object({
  /** The price level the file's amounts are in; each plan's own when left out. */
  priceLevelYear: z.coerce.number().pipe(year).optional(),
});

export const realisedImportOutput = z.object({
  /** The reports written, one per proposal and year in the file. */
  reports: z.array(
    z.object({
      proposalId: z.string(),
      code: z.string().nullable(),
      year: z.number(),
      rows: z.number(),
    }),
  ),
});
export type RealisedImportOutput = z.infer<typeof realisedImportOutput>;
