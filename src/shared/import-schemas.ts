import { z } from 'zod';
import type { Mismatch } from '../domain/import-findings.ts';
import { OVERVIEW_COLUMNS, type OverviewLine } from '../domain/imports/overview-line.ts';
import { kronerToThousands, thousandsToKroner, type Kroner } from '../domain/money.ts';
import { AREAS, PROPOSAL_KINDS, ROW_SECTIONS } from '../domain/proposal.ts';
import { pageOf } from './paging.ts';
import { proposalContentOutput, thousandsAmount, type Wire } from './proposal-schema.ts';

// The import API's wire shapes, shared by the server and the review screen. Amounts are in
// thousands of kroner as everywhere on the wire; payback in years.

export const importParams = z.object({ id: z.uuid() });

export const importedProposalParams = z.object({
  id: z.uuid(),
  position: z.coerce.number().int().min(0).max(100_000),
});

export const importOutput = z.object({
  id: z.uuid(),
  fileName: z.string(),
  /** Proposals found in the document, and how many of them are read so far. */
  total: z.number().int(),
  done: z.number().int(),
  status: z.enum(['reading', 'done']),
  createdAt: z.string(),
});
export type ImportOutput = z.infer<typeof importOutput>;

/** Newest first. */
export const importList = pageOf(importOutput);

/**
 * `draft`: a draft awaiting review (or accepted); `held`: it looks like a proposal already in
 * the system and is not created until the reviewer says so; `skipped`: left out as a copy.
 */
export const IMPORTED_STATES = ['draft', 'held', 'skipped'] as const;

export const importEntry = z.object({
  position: z.number().int(),
  /** Null while no draft is created (held or skipped). */
  proposalId: z.uuid().nullable(),
  state: z.enum(IMPORTED_STATES),
  /** How many proposals in the system it may be a copy of. */
  duplicateCount: z.number().int(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  startLine: z.number().int(),
  endLine: z.number().int(),
  unreadCount: z.number().int(),
  mismatchCount: z.number().int(),
  accepted: z.boolean(),
});
export type ImportEntry = z.infer<typeof importEntry>;

export const importDetail = importOutput.extend({ proposals: z.array(importEntry) });
export type ImportDetail = z.infer<typeof importDetail>;

export const unreadOutput = z.object({
  field: z.string(),
  reason: z.string(),
  excerpt: z.string(),
});
export type UnreadOutput = z.infer<typeof unreadOutput>;

export const mismatchOutput = z.object({
  field: z.string(),
  unit: z.enum(['thousands', 'years']),
  stated: z.number().nullable(),
  computed: z.number().nullable(),
});
export type MismatchOutput = z.infer<typeof mismatchOutput>;

const thousands = (value: number | null) =>
  value === null ? null : kronerToThousands(value as Kroner);

/** A mismatch as it travels: amounts in thousands, as Tabel 1 is written. */
export function presentMismatch(mismatch: Mismatch): MismatchOutput {
  return mismatch.unit === 'kroner'
    ? {
        field: mismatch.field,
        unit: 'thousands',
        stated: thousands(mismatch.stated),
        computed: thousands(mismatch.computed),
      }
    : { ...mismatch, unit: 'years' };
}

/**
 * The proposal's line in the round's overview of the same document, and how that overview writes
 * figures (`precision`: the smallest step, in thousands), so the review compares it anew.
 */
export const overviewLineOutput = z.object({
  code: z.string(),
  title: z.string(),
  service: z.number().nullable(),
  anlaeg: z.number().nullable(),
  investment: z.number().nullable(),
  efficiency: z.number().nullable(),
  payback: z.number().nullable(),
  columns: z.array(z.enum(OVERVIEW_COLUMNS)),
  precision: z.number(),
  priceLevelYear: z.number().int().nullable(),
});
export type OverviewLineOutput = z.infer<typeof overviewLineOutput>;

export function presentOverviewLine({ entry, format }: OverviewLine): OverviewLineOutput {
  return {
    code: entry.code,
    title: entry.title,
    service: thousands(entry.investment.service),
    anlaeg: thousands(entry.investment.anlaeg),
    investment: thousands(entry.investment.total),
    efficiency: thousands(entry.efficiency),
    payback: entry.payback,
    columns: format.columns,
    precision: kronerToThousands(format.precision as Kroner),
    priceLevelYear: format.priceLevelYear,
  };
}

/** The line back in kroner, as the domain compares it; null if a figure is not whole kroner. */
export function overviewLineOf(output: OverviewLineOutput): OverviewLine | null {
  const written = [output.service, output.anlaeg, output.investment, output.efficiency];
  const inKroner = written.map((value) => (value === null ? null : thousandsToKroner(value)));
  const precision = thousandsToKroner(output.precision);
  if (precision === null || written.some((value, i) => value !== null && inKroner[i] === null)) {
    return null;
  }
  const [service = null, anlaeg = null, total = null, efficiency = null] = inKroner;
  return {
    entry: {
      code: output.code,
      title: output.title,
      committee: null,
      crossCutting: false,
      investment: { service, anlaeg, total },
      efficiency,
      payback: output.payback,
      line: 0,
    },
    format: { columns: output.columns, precision, priceLevelYear: output.priceLevelYear },
  };
}

const payback = z.object({ service: z.number().nullable(), total: z.number().nullable() });

/** A proposal in the system that an imported one may be a second copy of, and why. */
export const duplicateOutput = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  reason: z.enum(['same-code', 'same-title']),
});
export type DuplicateOutput = z.infer<typeof duplicateOutput>;

/** A reviewer's correction of the reading; amounts in thousands. */
export const correctionOutput = z.object({
  field: z.string(),
  from: z.union([z.string(), z.number()]).nullable(),
  to: z.union([z.string(), z.number()]).nullable(),
});
export type CorrectionOutput = z.infer<typeof correctionOutput>;

export const importedProposalOutput = z.object({
  importId: z.uuid(),
  position: z.number().int(),
  fileName: z.string(),
  /** The draft made of it; null while it is held or skipped as a possible copy. */
  proposalId: z.uuid().nullable(),
  state: z.enum(IMPORTED_STATES),
  /** The proposals already in the system it may be a copy of (when it was read). */
  duplicates: z.array(duplicateOutput),
  corrections: z.array(correctionOutput),
  accepted: z.boolean(),
  acceptedAt: z.string().nullable(),
  startLine: z.number().int(),
  endLine: z.number().int(),
  /** The document's lines this proposal was read from, numbered as in the document. */
  source: z.array(z.object({ no: z.number().int(), text: z.string() })),
  unread: z.array(unreadOutput),
  mismatches: z.array(mismatchOutput),
  /** The proposal's line in the overview of the same document; null without one. */
  overviewLine: overviewLineOutput.nullable(),
  /** Payback as our economics computed it from the table read (the stated one is in proposal). */
  computedPayback: payback.nullable(),
  /** What was read: the draft's content as it stands, or the reading held. */
  proposal: proposalContentOutput,
});
/** As it travels, amounts in thousands. */
export type ImportedProposalOutput = Wire<z.output<typeof importedProposalOutput>>;

/**
 * What the reviewer corrected of the reading before accepting it; left out stays as read.
 * `rows` holds every Tabel 1 row in the order read (the label stays the document's), amounts in
 * thousands as Tabel 1 is written.
 */
export const correctionsInput = z.object({
  code: z.string().trim().max(20).nullable().optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  leadAdministration: z.string().trim().max(20).nullable().optional(),
  rows: z
    .array(
      z.object({
        section: z.enum(ROW_SECTIONS),
        area: z.enum(AREAS),
        values: z.array(thousandsAmount.nullable()).max(30),
      }),
    )
    .max(500)
    .optional(),
});
export type CorrectionsInput = z.input<typeof correctionsInput>;

/** Optional: with no body, `createAnyway` is false and the reading is created as read. */
export const createHeldInput = z
  .object({
    /** Create the draft although it looks like a proposal already in the system. */
    createAnyway: z.boolean().default(false),
    corrections: correctionsInput.optional(),
  })
  .nullish();

/** Optional: with no body, the reading is accepted as it is. */
export const acceptInput = z.object({ corrections: correctionsInput.optional() }).nullish();

export const acceptOutput = z.object({
  proposalId: z.uuid(),
  acceptedAt: z.string(),
});

export const createHeldOutput = z.object({ proposalId: z.uuid() });

export const skipOutput = z.object({ skippedAt: z.string() });

export const proposalParams = z.object({ id: z.uuid() });

/** Where a proposal was imported from, for a notice on its own pages. */
export const proposalImportOutput = z.object({
  importId: z.uuid(),
  position: z.number().int(),
  fileName: z.string(),
  accepted: z.boolean(),
});
/** As it travels, amounts in thousands. */
export type ProposalImportOutput = Wire<z.output<typeof proposalImportOutput>>;
