import { askedPerYear } from '../../../domain/rounds/decisions-plan.ts';
import type { ProposalContent } from '../../../domain/proposal.ts';
import type { DataAccess } from '../../data-access.ts';
import { moveProposal, storeProposal } from '../../test/proposals.ts';
import type { StoredProposal } from '../../proposals/store.ts';

// A granted proposal with its plan, written straight to the tables: deciding it is the
// decisions' capability, and these tests are about what is reported against the plan.

/** Gives a stored proposal a code and its own Tabel 1 as the plan granted in `roundId`. */
export async function givenPlan(
  access: DataAccess,
  proposal: StoredProposal,
  roundId: string,
  code: string,
): Promise<StoredProposal> {
  const coded = await moveProposal(
    access,
    proposal,
    { ...proposal.content, code },
    proposal.status,
  );
  const table = coded.content.economy;
  await access.decisions.insertPlan({
    proposalId: coded.id,
    roundId,
    poolKey: 'investment',
    rulesVersion: 1,
    decidedOn: '2026-06-01',
    table,
    granted: askedPerYear(table).filter((g) => g.amount !== 0),
  });
  return coded;
}

/** A proposal in implementation with `content` as its plan. */
export async function givenGrantedProposal(
  access: DataAccess,
  content: ProposalContent,
  roundId: string,
  code: string,
): Promise<StoredProposal> {
  const stored = await storeProposal(access, content, 'in_implementation');
  return givenPlan(access, stored, roundId, code);
}
