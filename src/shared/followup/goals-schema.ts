import { z } from 'zod';
import { EVIDENCE_KINDS } from '../../domain/followup/evidence.ts';
import { GOAL_STATUSES, GOAL_VALUE_DECIMALS } from '../../domain/followup/goals.ts';
import { GOAL_GROUPS } from '../../domain/proposal.ts';
import { isoDate, versionInput } from '../proposal-schema.ts';

// Follow-up goals on the wire. An indicator's baseline, target and measured values are plain
// numbers with at most four decimals; the unit says what they count.

const text = (max: number) => z.string().trim().max(max);

export const indicatorValue = z
  .number({ error: 'skal være et tal' })
  .min(-1e12)
  .max(1e12)
  .refine(
    (v) =>
      Math.abs(v * 10 ** GOAL_VALUE_DECIMALS - Math.round(v * 10 ** GOAL_VALUE_DECIMALS)) < 1e-6,
    `højst ${GOAL_VALUE_DECIMALS} decimaler`,
  );

const dueDates = z
  .array(isoDate)
  .max(24)
  .refine((d) => new Set(d).size === d.length, 'samme dato to gange');

export const goalDefinition = z.strictObject({
  group: z.enum(GOAL_GROUPS),
  goal: text(2000).min(1, 'skal udfyldes'),
  measure: text(2000).default(''),
  owner: text(500).default(''),
  unit: text(100).default(''),
  baseline: indicatorValue.nullable().default(null),
  target: indicatorValue.nullable().default(null),
  dueDates: dueDates.default([]),
  when: text(500).default(''),
});
export type GoalDefinitionInput = z.input<typeof goalDefinition>;

export const goalUpdateInput = goalDefinition.extend({
  version: versionInput,
  status: z.enum(GOAL_STATUSES),
  statusComment: text(4000).default(''),
});
export type GoalUpdateInput = z.input<typeof goalUpdateInput>;

/** The form fields of a measurement: multipart, so the value is text, a plain number (12.5). */
export const measurementFields = z.strictObject({
  version: z.coerce.number().int().min(1),
  measuredOn: isoDate,
  value: z
    .string()
    .max(40)
    .default('')
    .transform((typed, ctx) => {
      const s = typed.trim();
      if (s === '') return null;
      const parsed = indicatorValue.safeParse(/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN);
      if (!parsed.success) {
        ctx.addIssue({
          code: 'custom',
          message: 'skal være et tal med punktum som decimaltegn og højst fire decimaler (12.5)',
        });
        return z.NEVER;
      }
      return parsed.data;
    }),
  comment: text(4000).default(''),
});
export type MeasurementFields = z.input<typeof measurementFields>;

export const evidenceOutput = z.object({
  id: z.uuid(),
  fileName: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  size: z.number().int(),
});

export const goalOutput = z.object({
  id: z.uuid(),
  proposalId: z.uuid(),
  position: z.number().int(),
  version: z.number().int(),
  group: z.enum(GOAL_GROUPS),
  goal: z.string(),
  measure: z.string(),
  owner: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  dueDates: z.array(isoDate),
  when: z.string(),
  /** Follow-up dates not yet met by a measurement, and of those the ones that have passed. */
  openDueDates: z.array(isoDate),
  overdueDates: z.array(isoDate),
  status: z.enum(GOAL_STATUSES),
  statusComment: z.string(),
  measurements: z.array(
    z.object({
      id: z.uuid(),
      measuredOn: isoDate,
      value: z.number().nullable(),
      comment: z.string(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
      evidence: evidenceOutput.nullable(),
    }),
  ),
});
export type GoalOutput = z.infer<typeof goalOutput>;

export const proposalGoalsOutput = z.object({
  proposalId: z.uuid(),
  /** Whether follow-up has started: the goals are the proposal's own from then on. */
  started: z.boolean(),
  /** Tabel 3 as the proposal states it, to start from. */
  tabel3: z.array(
    z.object({
      group: z.enum(GOAL_GROUPS),
      goal: z.string(),
      measure: z.string(),
      responsible: z.string(),
      when: z.string(),
    }),
  ),
  goals: z.array(goalOutput),
});
export type ProposalGoalsOutput = z.infer<typeof proposalGoalsOutput>;
