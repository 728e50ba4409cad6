import type { Area, ProposalKind, RowSection } from '../../domain/proposal.ts';
import { correctReading, type Corrected } from '../../domain/imports/corrections.ts';
import type { ImportCorrection } from '../../domain/import-findings.ts';
import { correctedMismatches } from '../../domain/imports/mismatches.ts';
import { thousandsToKroner } from '../../domain/money.ts';
import {
  overviewLineOf,
  presentMismatch,
  type MismatchOutput,
  type OverviewLineOutput,
} from '../../shared/import-schemas.ts';
import type { ProposalContentOutput } from '../../shared/proposal-schema.ts';
import { parseDanishNumber } from '../../shared/danish-number.ts';
import { evaluateEconomy } from '../proposals/view/economy.ts';

// The reviewer's corrections as typed, over what was read: only what was touched is held, so
// the reading shows through everywhere else. The corrected reading is computed by the domain's
// correctReading, as the server will apply it, so the figures shown are the ones saved.

export interface RowEdit {
  section?: RowSection;
  area?: Area;
  /** Cells as typed, by year index, in thousands. */
  values?: Record<number, string>;
}

export interface Edits {
  code?: string;
  kind?: ProposalKind;
  leadAdministration?: string;
  rows: Record<number, RowEdit>;
}

export const NO_EDITS: Edits = { rows: {} };

export interface CorrectedView {
  /** What to send as `corrections`. */
  corrected: Corrected<number>;
  /** The reading with the corrections applied, for the live figures. */
  content: ProposalContentOutput;
  corrections: ImportCorrection[];
  /** The reading's mismatches as the corrections leave them; as read while there are none. */
  mismatches: MismatchOutput[];
  /** "row.year" of each cell whose text is not a number (left as read meanwhile). */
  invalid: string[];
}

export function correctedView(
  read: ProposalContentOutput,
  mismatches: MismatchOutput[],
  edits: Edits,
  /** The reading's line in the round's overview of its document, compared anew too. */
  overviewLine: OverviewLineOutput | null = null,
): CorrectedView {
  const invalid: string[] = [];
  const touched = Object.keys(edits.rows).length > 0;
  const corrected: Corrected<number> = {
    ...(edits.code !== undefined && { code: edits.code }),
    ...(edits.kind !== undefined && { kind: edits.kind }),
    ...(edits.leadAdministration !== undefined && {
      leadAdministration: edits.leadAdministration,
    }),
    ...(touched && {
      rows: read.economy.rows.map((row, r) => {
        const edit = edits.rows[r] ?? {};
        return {
          section: edit.section ?? row.section,
          area: edit.area ?? row.area,
          values: read.economy.years.map((_, y) => {
            const typed = edit.values?.[y];
            if (typed === undefined) return row.values[y] ?? null;
            const value = parseDanishNumber(typed);
            if (value !== null && Number.isNaN(value)) {
              invalid.push(`${r}.${y}`);
              return row.values[y] ?? null;
            }
            return value;
          }),
        };
      }),
    }),
  };
  const result = correctReading<number, ProposalContentOutput>(read, corrected);
  // The rows are built from the reading itself, so they always fit it.
  if (!result.ok) throw new Error(result.message.key);
  const { content, corrections } = result;
  return {
    corrected,
    content,
    corrections,
    mismatches:
      corrections.length === 0 ? mismatches : mismatchesOf(content, mismatches, overviewLine),
    invalid,
  };
}

/** Compared in kroner by the domain, as the server compares them when the corrections are saved. */
function mismatchesOf(
  content: ProposalContentOutput,
  read: MismatchOutput[],
  overviewLine: OverviewLineOutput | null,
): MismatchOutput[] {
  const stated = content.stated && {
    ...content.stated,
    totals: content.stated.totals.map((total) => ({
      ...total,
      values: total.values.map((value) => (value === null ? null : thousandsToKroner(value))),
    })),
  };
  return correctedMismatches({
    read,
    stated,
    evaluation: evaluateEconomy(content.economy),
    present: presentMismatch,
    overview: overviewLine && overviewLineOf(overviewLine),
  });
}
