import { kronerToThousands } from '../../domain/money.ts';
import type { ProposalSummary, VersionSummary } from '../../shared/api-schemas.ts';
import type { proposalOutput } from '../../shared/proposal-schema.ts';
import type { z } from 'zod';
import type { ProposalSummaryRecord, StoredProposal, VersionRecord } from './store.ts';

// What goes out: times as ISO strings. A proposal's amounts stay in kroner here; the response
// schema's codec writes them in thousands, as Tabel 1 is written.

export function presentProposal(proposal: StoredProposal): z.output<typeof proposalOutput> {
  return {
    id: proposal.id,
    version: proposal.version,
    status: proposal.status,
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
    ...proposal.content,
  };
}

export function presentSummary(record: ProposalSummaryRecord): ProposalSummary {
  return {
    ...record,
    totalImplementation: kronerToThousands(record.totalImplementation),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function presentVersion(record: VersionRecord): VersionSummary {
  return { ...record, savedAt: record.savedAt.toISOString() };
}
