import { z } from 'zod';
import { OVERVIEW_COLUMNS } from '../domain/imports/overview-line.ts';
import { mismatchOutput, unreadOutput } from './import-schemas.ts';

// A round's overview (bilag) read from a document, as the import page and the round show it:
// its lines with the proposals in the system they stand for, and where a proposal's own
// figures disagree with its line. Amounts in thousands of kroner, as everywhere on the wire.

const amount = z.number().nullable();

/** A proposal in the system that a line stands for (by its code, in the line's round). */
export const overviewLinkOutput = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  /** The round it is placed in; null while it is in none. */
  roundId: z.string().nullable(),
});

export const overviewRowOutput = z.object({
  code: z.string(),
  title: z.string(),
  committee: z.string().nullable(),
  /** Marked with an asterisk: it goes across forvaltninger. */
  crossCutting: z.boolean(),
  service: amount,
  anlaeg: amount,
  investment: amount,
  efficiency: amount,
  payback: z.number().nullable(),
  /** 1-based line of the document it stands on. */
  line: z.number().int(),
  /** Usually one; none while the proposal is not in the system, more if it was created twice. */
  proposals: z.array(overviewLinkOutput),
  /** Where the linked proposal's own figures are not its line's (the first, when more). */
  mismatches: z.array(mismatchOutput),
});
export type OverviewRowOutput = z.infer<typeof overviewRowOutput>;

export const importOverviewOutput = z.object({
  importId: z.uuid(),
  fileName: z.string(),
  /** The round the document names, as the municipality writes it short ("B2021"). */
  round: z.string().nullable(),
  /** The round in the system of that name, offered to read the overview into. */
  suggestedRoundId: z.string().nullable(),
  /** Where the secretariat read it into, and when; null until then. */
  readInto: z.object({ roundId: z.string(), name: z.string(), at: z.string() }).nullable(),
  priceLevelYear: z.number().int().nullable(),
  columns: z.array(z.enum(OVERVIEW_COLUMNS)),
  lines: z.array(overviewRowOutput),
  totals: z.partialRecord(z.enum(OVERVIEW_COLUMNS), amount),
  /** The document's "I alt" line against the sum of its lines. */
  mismatches: z.array(mismatchOutput),
  unread: z.array(unreadOutput),
});
export type ImportOverviewOutput = z.infer<typeof importOverviewOutput>;

export const readIntoRoundInput = z.object({
  roundId: z.string().trim().min(1, 'skal udfyldes').max(60),
});

export const readIntoRoundOutput = importOverviewOutput.extend({
  /** The linked proposals this placed in the round (those in no round before). */
  placed: z.array(z.uuid()),
  /** Linked proposals left where they are, being in another round already. */
  elsewhere: z.array(overviewLinkOutput),
});

export const roundImportedOverviews = z.array(importOverviewOutput);
