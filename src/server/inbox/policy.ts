import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { waitsFor } from '../../domain/workflow/inbox.ts';
import { actorsOf, type SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// A user's inbox holds the proposals they may see whose turn is theirs, in any of their roles.

export const inboxPolicy = {
  holds: (user: SignedInUser, proposal: ProposalRef) =>
    proposalPolicy.read(user, proposal) && actorsOf(user).some((a) => waitsFor(a, proposal)),
};
