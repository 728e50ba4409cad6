import { z } from 'zod';
import { indexPointsOf } from '../domain/economics/index.ts';
import { PROPOSAL_KINDS } from '../domain/proposal.ts';
import { VERSION_MAX, versionInput, year } from './proposal-schema.ts';

// The wire shapes of the economics configuration that server and web app share: the submission
// rules of each year and the secretariat's price index. Amounts are thousands of kroner, as
// everywhere on the wire; an index is written as people write it (121.35), at most two decimals.

const capsByKind = z.object(
  Object.fromEntries(PROPOSAL_KINDS.map((kind) => [kind, z.number().nullable()])) as Record<
    (typeof PROPOSAL_KINDS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

export const submissionRulesOutput = z
  .object({
    year: z.number().int(),
    /** An investment case must pay back within this many years. */
    paybackLimitYears: z.number().int(),
    /** Most a proposal of each kind may ask of the pool, in 1.000 kr.; null is no cap. */
    capByKind: capsByKind,
  })
  .meta({ id: 'SubmissionRules' });
export type SubmissionRulesOutput = z.infer<typeof submissionRulesOutput>;

export const submissionRulesList = z.object({ items: z.array(submissionRulesOutput) });

/** An index value as sent: positive, at most two decimals; parsed to hundredths of a point. */
export const indexValue = z
  .number({ error: 'skal være et tal, fx 121.35' })
  .max(1_000_000)
  .transform((value, ctx) => {
    const points = indexPointsOf(value);
    if (points === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'skal være større end 0 og have højst to decimaler',
      });
      return z.NEVER;
    }
    return points;
  });

export const priceIndexOutput = z
  .object({
    year: z.number().int(),
    index: z.number(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PriceIndex' });
export type PriceIndexOutput = z.infer<typeof priceIndexOutput>;

export const priceIndexList = z.object({ items: z.array(priceIndexOutput) });

export const priceIndexParams = z.object({ year: z.coerce.number().pipe(year) });

/**
 * `version` is the version the change builds on, or null for a year not yet in the index; when
 * someone changed or added the year meanwhile, the answer is 409 and nothing is saved.
 */
export const priceIndexInput = z.strictObject({
  index: indexValue,
  version: versionInput.nullable(),
});
export type PriceIndexInput = z.input<typeof priceIndexInput>;

export const priceIndexDeleteQuery = z.object({
  version: z.coerce.number().int().min(1).max(VERSION_MAX),
});
