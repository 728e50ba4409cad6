import type { ProposalRef } from '../../domain/workflow/decide.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// A proposal's files are the proposal: whoever may read it may download them, and a round's
// overview lists only the round's proposals the user may read. Reading a Tabel 1 from an
// uploaded sheet stores nothing, so the route's 'signed-in' is all it asks.

export const documentPolicy = {
  exportProposal: (user: SignedInUser, proposal: ProposalRef) =>
    proposalPolicy.read(user, proposal),
  inRoundOverview: (user: SignedInUser, proposal: ProposalRef) =>
    proposalPolicy.read(user, proposal),
};
