import { z } from 'zod';
import { STEPS } from '../domain/workflow/transitions.ts';
import { isoDate, versionInput } from './proposal-schema.ts';

// A workflow step as the client asks for it, and a hearing body's answer.

export const stepInput = z.strictObject({
  step: z.enum(STEPS),
  /** The version the user saw; a step on a proposal changed since answers 409. */
  version: versionInput,
  /** Required where the step sends a proposal back or ends it. */
  comment: z.string().max(5000).default(''),
  /** For `assign_round`: the round to put the proposal in. */
  roundId: z.string().min(1).max(60).optional(),
  /** For `approve_finance`: the date of the approval (Tabel 4); today when left out. */
  date: isoDate.optional(),
});
export type StepInput = z.infer<typeof stepInput>;

/** Tabel 6: a hearing body's answer, recorded while the proposal is in hearing. */
export const hearingInput = z.strictObject({
  version: versionInput,
  body: z.string().trim().min(1).max(200),
  heard: z.boolean(),
  date: isoDate,
  answer: z.string().max(5000).default(''),
});
export type HearingInput = z.infer<typeof hearingInput>;
