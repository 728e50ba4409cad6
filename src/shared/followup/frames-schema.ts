import { z } from 'zod';
import { YEAR_MAX, YEAR_MIN } from '../../domain/limits.ts';
import type { PriceLevelError } from '../../domain/economics/price-level.ts';
import { AREAS } from '../../domain/proposal.ts';

// Budget frames on the wire: each forvaltning's frame changes per styringsområde and year, in
// thousands of kroner at one price level; negative is a reduction of the frame (Tabel 1's sign).

const year = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);

export const framesQuery = z
  .strictObject({
    priceLevelYear: year.optional(),
    from: year.optional(),
    to: year.optional(),
    administration: z.string().max(40).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'skal være samme år som from eller senere',
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from < 40, {
    path: ['to'],
    message: 'højst 40 år ad gangen',
  });
export type FramesQuery = z.input<typeof framesQuery>;

const values = z.array(z.number());

/** Why a plan's Tabel 1 could not be converted, as the price-level conversion says. */
const UNCONVERTED_REASONS = [
  'price-level-missing',
  'index-year-missing',
  'index-invalid',
  'amount-out-of-range',
] as const satisfies readonly PriceLevelError['code'][];

export const framesOutput = z.object({
  priceLevelYear: z.number().int(),
  years: z.array(z.number().int()),
  /**
   * False when the user sees only some of the granted proposals (a forvaltning its own, or the
   * one forvaltning asked for). Proposals left out for their price level are `unconverted`.
   */
  complete: z.boolean(),
  administrations: z.array(
    z.object({
      code: z.string().nullable(),
      name: z.string().nullable(),
      areas: z.array(z.object({ area: z.enum(AREAS), values })),
      total: values,
      proposals: z.array(
        z.object({
          proposalId: z.uuid(),
          code: z.string().nullable(),
          title: z.string(),
          area: z.enum(AREAS),
          fromYear: z.number().int(),
          values,
        }),
      ),
    }),
  ),
  total: values,
  /**
   * Granted proposals the user may see that the frames and totals leave out, because the price
   * index cannot convert their Tabel 1 to `priceLevelYear`; empty when the frames hold them all.
   */
  unconverted: z.array(
    z.object({
      proposalId: z.uuid(),
      code: z.string().nullable(),
      title: z.string(),
      administration: z.string().nullable(),
      administrationName: z.string().nullable(),
      /** The plan's own price level. */
      priceLevelYear: z.number().int().nullable(),
      reason: z.enum(UNCONVERTED_REASONS),
      /** The index year that is missing or unusable; null when an amount is too large. */
      indexYear: z.number().int().nullable(),
    }),
  ),
});
export type FramesOutput = z.infer<typeof framesOutput>;
