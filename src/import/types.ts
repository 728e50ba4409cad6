import type { Kroner } from '../domain/money.ts';
import type { ProposalContent, StatedFigures } from '../domain/proposal.ts';
import type { GenerationId } from './generations.ts';
import type { OverviewLine } from '../domain/imports/overview-line.ts';
import type { RoundOverview } from './overview.ts';
import type { Round } from './template.ts';

// The findings are stored with the import, so their shape belongs to the domain, not the reader.
export type { Mismatch, Unread } from '../domain/import-findings.ts';
import type { Mismatch, Unread } from '../domain/import-findings.ts';

export interface ImportedProposal {
  content: ProposalContent;
  /** The generation of the template the proposal is written in. */
  generation: GenerationId;
  round: Round | null;
  /** The proposal's line in the round's overview (bilag) of the same document, if any. */
  overview: OverviewLine | null;
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
  | { ok: true; proposals: ImportedProposal[]; overview: RoundOverview | null }
  | { ok: false; error: { code: ImportErrorCode; message: string } };
