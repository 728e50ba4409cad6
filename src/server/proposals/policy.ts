import type { ProposalContent } from '../../domain/proposal.ts';
import type { ProposalRef } from '../../domain/workflow/decide.ts';
import { refusedRecordedChange } from '../../domain/workflow/recorded.ts';
import { refuseStep, type Step } from '../../domain/workflow/index.ts';
import { canCreate, canEdit, canView } from '../../domain/workflow/visibility.ts';
import { anyRole, type SignedInUser } from '../auth/actor.ts';
import type { Problem } from '../problems.ts';
import { say } from '../words.ts';
import type { StoredProposal } from './store.ts';

// Who may do what with a proposal: the domain's rules per role, asked for each of the user's
// roles. Nobody who is not signed in may do anything. The handlers ask this once access is
// enforced; a proposal the user may not see is answered as if it did not exist (404).

type User = SignedInUser | null;

/** What the domain's rules look at: the status and whose forvaltning's it is. */
export const proposalRef = (p: StoredProposal): ProposalRef => ({
  status: p.status,
  leadAdministration: p.content.leadAdministration,
});

export const proposalPolicy = {
  read: (user: User, proposal: ProposalRef) => anyRole(user, (a) => canView(a, proposal)),
  /** The list shows only what `read` allows, so it is open to every signed-in user. */
  list: (user: User) => user !== null,
  create: (user: User, leadAdministration: string | null) =>
    anyRole(user, (a) => canCreate(a, leadAdministration)),
  update: (user: User, proposal: ProposalRef) => anyRole(user, (a) => canEdit(a, proposal)),
  /** Moving a proposal to another lead forvaltning is creating it there. */
  move: (user: User, toLeadAdministration: string | null) =>
    proposalPolicy.create(user, toLeadAdministration),
  /**
   * Why a create or save may not write what the workflow records (Tabel 4, Tabel 6's answers,
   * code and round), or null: each is written only by its own step and role.
   */
  recordedChange: (
    user: SignedInUser,
    before: ProposalContent | null,
    after: ProposalContent,
  ): Problem | null => {
    const refused = refusedRecordedChange(
      before,
      after,
      user.roles.map((r) => r.role),
    );
    return (
      refused && {
        error: 'Forbidden',
        message: say(`problem.recorded.${refused.field}`, { field: refused.field }),
      }
    );
  },
  history: (user: User, proposal: ProposalRef) => proposalPolicy.read(user, proposal),
  /** Role and state only; a step's comment and submission's content rules are checked after. */
  step: (user: User, proposal: ProposalRef, step: Step) =>
    anyRole(user, (a) => refuseStep(step, a, proposal, 'kommentar') === null),
};
