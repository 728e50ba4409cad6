import type { ImportCorrection } from '../import-findings.ts';
import type { Area, ProposalKind, RowSection } from '../proposal.ts';

// What a reviewer may correct of an imported proposal before accepting it: the code, the kind,
// the lead forvaltning, and each Tabel 1 row's section, area and values (its label stays as the
// document wrote it). One function applies the corrections, for the review screen's live
// figures and for the server that saves them, and names each change for the import's record.
// Generic in the amount, so the screen applies them in thousands and the server in kroner.

export interface CorrectedRow<A> {
  section: RowSection;
  area: Area;
  values: (A | null)[];
}

/** The reading as the reviewer wants it; what is left out stays as read. */
export interface Corrected<A> {
  code?: string | null | undefined;
  kind?: ProposalKind | undefined;
  leadAdministration?: string | null | undefined;
  /** Every row of Tabel 1, in the order read. */
  rows?: CorrectedRow<A>[] | undefined;
}

interface Correctable<A> {
  code: string | null;
  kind: ProposalKind;
  leadAdministration: string | null;
  economy: {
    years: number[];
    rows: { label: string; section: RowSection; area: Area; values: (A | null)[] }[];
  };
}

/**
 * Why corrections do not fit the table read, as a message of the API's catalogue
 * (problems.da.ts) and its values, which the server words in the client's language.
 */
export type CorrectionMisfit =
  | { key: 'issue.import.correctionRows'; values: { rows: number } }
  | { key: 'issue.import.correctionValues'; values: { years: number } };

export type CorrectionResult<C> =
  | { ok: true; content: C; corrections: ImportCorrection[] }
  | { ok: false; field: string; message: CorrectionMisfit };

const blankToNull = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null || text.trim() === '' ? null : text.trim();

export function correctReading<A extends number, C extends Correctable<A>>(
  content: C,
  corrected: Corrected<A>,
): CorrectionResult<C> {
  const corrections: ImportCorrection[] = [];
  const change = (field: string, from: string | number | null, to: string | number | null) => {
    if (from !== to) corrections.push({ field, from, to });
  };
  const code = blankToNull(corrected.code);
  const lead = blankToNull(corrected.leadAdministration);
  const next = {
    ...content,
    ...(code !== undefined && { code }),
    ...(corrected.kind !== undefined && { kind: corrected.kind }),
    ...(lead !== undefined && { leadAdministration: lead }),
  };
  change('code', content.code, next.code);
  change('kind', content.kind, next.kind);
  change('leadAdministration', content.leadAdministration, next.leadAdministration);

  const rows = corrected.rows;
  if (rows !== undefined) {
    const read = content.economy.rows;
    const width = content.economy.years.length;
    if (rows.length !== read.length) {
      return {
        ok: false,
        field: 'corrections.rows',
        message: { key: 'issue.import.correctionRows', values: { rows: read.length } },
      };
    }
    const bad = rows.findIndex((row) => row.values.length !== width);
    if (bad >= 0) {
      return {
        ok: false,
        field: `corrections.rows.${bad}.values`,
        message: { key: 'issue.import.correctionValues', values: { years: width } },
      };
    }
    next.economy = {
      ...content.economy,
      rows: read.map((row, i) => {
        const { section, area, values } = rows[i]!;
        change(`economy.rows.${i}.section`, row.section, section);
        change(`economy.rows.${i}.area`, row.area, area);
        values.forEach((value, y) =>
          change(`economy.rows.${i}.values.${y}`, row.values[y] ?? null, value),
        );
        return { ...row, section, area, values: [...values] };
      }),
    };
  }
  return { ok: true, content: next, corrections };
}
