import { proposalContentInput, type ProposalContentInput } from '../../shared/proposal-schema.ts';
import type { ProposalStatus } from '../../domain/proposal.ts';
import { askedPerYear } from '../../domain/rounds/decisions-plan.ts';
import type { DataAccess } from '../data-access.ts';
import { sofBifDatadeling } from '../demo/proposals/sof-bif-datadeling.ts';
import { storeProposal } from '../test/proposals.ts';
import type { Municipality } from '../test/factories.ts';
import type { StoredProposal } from '../proposals/store.ts';

// A granted proposal with its plan (Tabel 1 as asked), written straight to the tables: how a
// grant is decided is the decisions' tests' business; follow-up starts from what was granted.

export async function givenGranted(
  access: DataAccess,
  m: Municipality,
  input: ProposalContentInput,
  status: ProposalStatus = 'in_implementation',
): Promise<StoredProposal> {
  const content = proposalContentInput.parse({
    ...input,
    leadAdministration: m.administration,
    affectedAdministrations: [m.administration],
    committee: m.committee,
    roundId: m.roundId,
    code: null,
  });
  const stored = await storeProposal(access, content, status);
  await access.decisions.insertPlan({
    proposalId: stored.id,
    roundId: m.roundId,
    poolKey: 'innovation',
    rulesVersion: 1,
    decidedOn: '2025-06-01',
    table: content.economy,
    granted: askedPerYear(content.economy).filter((g) => g.amount !== 0),
  });
  return stored;
}

/** Seed 002's SOF/BIF pre-analysis, granted to `m`'s forvaltning: 1.200 lent, 2 x 610 repaid. */
export const givenSeed002Loan = (access: DataAccess, m: Municipality) =>
  givenGranted(access, m, sofBifDatadeling);
