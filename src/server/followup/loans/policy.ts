import { canRecordLoan } from '../../../domain/followup/permissions.ts';
import type { ProposalRef } from '../../../domain/workflow/decide.ts';
import { anyRole, type SignedInUser } from '../../auth/actor.ts';
import { proposalPolicy } from '../../proposals/policy.ts';

// Who may see and keep an internal loan: whoever may read the proposal sees its loan (a
// forvaltning its own, readers and the central roles every one); only the pool secretariat, who
// keeps the pools' money, records the terms and the payments.

export const loanPolicy = {
  read: (user: SignedInUser | null, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  record: (user: SignedInUser | null) => anyRole(user, canRecordLoan),
};
