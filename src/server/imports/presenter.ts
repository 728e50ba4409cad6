import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { ImportCorrection } from '../../domain/import-findings.ts';
import {
  presentMismatch,
  presentOverviewLine,
  type CorrectionOutput,
  type ImportDetail,
  type ImportOutput,
} from '../../shared/import-schemas.ts';
import type { importedProposalOutput } from '../../shared/import-schemas.ts';
import type { z } from 'zod';
import type { ImportedProposalView } from './service.ts';
import { stateOf, type ImportedEntryRecord, type ImportRecord } from './store.ts';

/** Amounts corrected go out in thousands, as Tabel 1 is written. */
export function presentCorrection(correction: ImportCorrection): CorrectionOutput {
  if (!/^economy\.rows\.\d+\.values\.\d+$/.test(correction.field)) return correction;
  const amount = (value: string | number | null) =>
    typeof value === 'number' ? kronerToThousands(value as Kroner) : value;
  return { ...correction, from: amount(correction.from), to: amount(correction.to) };
}

export function presentImport(record: ImportRecord): ImportOutput {
  return {
    ...record,
    status: record.done >= record.total ? 'done' : 'reading',
    createdAt: record.createdAt.toISOString(),
  };
}

export function presentImportDetail(
  record: ImportRecord & { entries: ImportedEntryRecord[] },
): ImportDetail {
  const { entries, ...rest } = record;
  return {
    ...presentImport(rest),
    proposals: entries.map(({ acceptedAt, ...entry }) => ({
      ...entry,
      accepted: acceptedAt !== null,
    })),
  };
}

export function presentImportedProposal(
  view: ImportedProposalView,
): z.output<typeof importedProposalOutput> {
  const { record } = view;
  return {
    importId: record.importId,
    position: record.position,
    fileName: view.fileName,
    proposalId: record.proposalId,
    state: stateOf(record),
    duplicates: record.duplicates,
    corrections: record.corrections.map(presentCorrection),
    accepted: record.acceptedAt !== null,
    acceptedAt: record.acceptedAt?.toISOString() ?? null,
    startLine: record.startLine,
    endLine: record.endLine,
    source: view.source,
    unread: record.unread,
    mismatches: record.mismatches.map(presentMismatch),
    overviewLine: record.overviewLine && presentOverviewLine(record.overviewLine),
    computedPayback: record.computedPayback,
    proposal: view.content,
  };
}
