import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { Mismatch } from '../../domain/import-findings.ts';
import type { ImportDetail, ImportOutput, MismatchOutput } from '../../shared/import-schemas.ts';
import type { importedProposalOutput } from '../../shared/import-schemas.ts';
import type { z } from 'zod';
import { presentProposal } from '../proposals/presenter.ts';
import type { ImportedProposalView } from './service.ts';
import type { ImportedEntryRecord, ImportRecord } from './store.ts';

const thousands = (value: number | null) =>
  value === null ? null : kronerToThousands(value as Kroner);

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
    accepted: record.acceptedAt !== null,
    acceptedAt: record.acceptedAt?.toISOString() ?? null,
    startLine: record.startLine,
    endLine: record.endLine,
    source: view.source,
    unread: record.unread,
    mismatches: record.mismatches.map(presentMismatch),
    computedPayback: record.computedPayback,
    proposal: presentProposal(view.proposal),
  };
}
