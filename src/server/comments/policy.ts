import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { canComment } from '../../domain/workflow/visibility.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import { proposalPolicy } from '../proposals/policy.ts';

// Comments belong to the proposal: whoever may see it reads them, and everyone who works on it
// may write one. Readers (politicians, auditors) read only.

export const commentPolicy = {
  read: (user: SignedInUser, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  write: (user: SignedInUser, proposal: ProposalRef) =>
    anyRole(user, (a) => canComment(a, proposal)),
};
