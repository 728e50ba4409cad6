import type { Kroner } from '../domain/money.ts';
import type { ProposalContent, StatedFigures } from '../domain/proposal.ts';
import type { Round } from './template.ts';

/** Something the importer saw but could not read, for the reviewer to fill in by hand. */
export interface Unread {
  /** Where it belongs, e.g. "economy.rows.Projektledelse", "followUpGoals", "leadAdministration". */
  field: string;
  /** In Danish, for the review screen. */
  reason: string;
  excerpt: string;
}

/** A figure the document states that our own arithmetic does not reproduce. */
export interface Mismatch {
  /** "payback.service", "payback.total", or a stated total row and year. */
  field: string;
  unit: 'kroner' | 'years';
  stated: number | null;
  computed: number | null;
}

export interface ImportedProposal {
  content: ProposalContent;
  round: Round | null;
  /** For an investment case: whether it grew out of an innovation case, and which. */
  origin: { fromInnovation: boolean | null; reference: string } | null;
  stated: StatedFigures;
  /** Null when the table could not be evaluated at all. */
  computed: {
    payback: { service: number | null; total: number | null };
    impact: Kroner[];
  } | null;
  mismatches: Mismatch[];
  unread: Unread[];
  source: { startLine: number; endLine: number; text: string };
}

export type ImportErrorCode = 'empty' | 'binary' | 'no-proposal';

export type ImportResult =
  | { ok: true; proposals: ImportedProposal[] }
  | { ok: false; error: { code: ImportErrorCode; message: string } };
