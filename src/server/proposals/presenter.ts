import type { AmountRange, ProposalContent } from '../../domain/proposal.ts';
import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { ProposalSummary, VersionSummary } from '../../shared/api-schemas.ts';
import { toThousands, type ProposalOutput } from '../../shared/proposal-schema.ts';
import type { ProposalSummaryRecord, StoredProposal, VersionRecord } from './store.ts';

// What goes out: amounts back in thousands of kroner, as Tabel 1 is written, and times as ISO
// strings. Stored records never leave the server as they are.

const cells = (values: (Kroner | null)[]) => values.map(toThousands);
const range = ({ min, max }: AmountRange) => ({ min: toThousands(min), max: toThousands(max) });

function presentContent(content: ProposalContent) {
  const { economy, stated, futureInvestment } = content;
  return {
    ...content,
    economy: {
      priceLevelYear: economy.priceLevelYear,
      years: economy.years,
      rows: economy.rows.map((row) => ({ ...row, values: cells(row.values) })),
    },
    stated: stated && {
      payback: stated.payback,
      totals: stated.totals.map((total) => ({ ...total, values: cells(total.values) })),
      ...(stated.financeApproval && { financeApproval: stated.financeApproval }),
    },
    futureInvestment: futureInvestment && {
      ...futureInvestment,
      expectedCost: range(futureInvestment.expectedCost),
      efficiencyPotential: range(futureInvestment.efficiencyPotential),
    },
  };
}

export function presentProposal(proposal: StoredProposal): ProposalOutput {
  return {
    id: proposal.id,
    version: proposal.version,
    status: proposal.status,
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
    ...presentContent(proposal.content),
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
