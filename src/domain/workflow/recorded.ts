import type { FinanceApproval, Hearing, ProposalContent } from '../proposal.ts';
import type { Role } from './roles.ts';
import type { Step } from './transitions.ts';

// Parts of a proposal that record what someone other than its author did, written only by the
// step that does it: Tabel 4 by Center for Økonomi's `approve_finance`, a Tabel 6 answer by the
// hearing body's own hearing step, the code and the round by the secretariat. A save of the
// content may carry them back unchanged; a change to them is refused, naming the field, so an
// author can never approve their own economics or answer for a body.

/** The recorded part a save would change; the server words why it may not (by the field). */
export interface RecordedChange {
  field: 'financeApproval' | 'stated.financeApproval' | 'hearings' | 'code' | 'roundId';
}

/** A row with an answer, a yes/no or a date; a row with only the body's name is a plan. */
export const isAnswered = (h: Hearing): boolean =>
  h.heard !== null || h.date !== null || h.answer !== '';

const answers = (hearings: readonly Hearing[]): string =>
  JSON.stringify(
    hearings
      .filter(isAnswered)
      .map((h) => [h.body.toLowerCase(), h.heard, h.date, h.answer])
      .sort(),
  );

// Field by field: jsonb gives keys back in its own order.
const approval = (a: FinanceApproval | undefined): string =>
  a === undefined ? '' : JSON.stringify([a.approved, a.date, a.note]);

const NOTHING_RECORDED: Pick<
  ProposalContent,
  'financeApproval' | 'hearings' | 'code' | 'roundId' | 'stated'
> = {
  stated: null,
  financeApproval: { approved: null, date: null, note: '' },
  hearings: [],
  code: null,
  roundId: null,
};

/**
 * The first recorded part that `after` changes from `before` (null for a new proposal) and that
 * none of `roles` may write through a save, or null when the save changes none of them.
 */
export function refusedRecordedChange(
  before: ProposalContent | null,
  after: ProposalContent,
  roles: readonly Role[],
): RecordedChange | null {
  const was = before ?? NOTHING_RECORDED;
  if (approval(was.financeApproval) !== approval(after.financeApproval)) {
    return { field: 'financeApproval' };
  }
  if (approval(was.stated?.financeApproval) !== approval(after.stated?.financeApproval)) {
    return { field: 'stated.financeApproval' };
  }
  if (answers(was.hearings) !== answers(after.hearings)) {
    return { field: 'hearings' };
  }
  if (!roles.includes('secretariat')) {
    for (const field of ['code', 'roundId'] as const) {
      if (was[field] !== after[field]) return { field };
    }
  }
  return null;
}

/** The parts a save may leave out: left out, they keep what is stored. */
export function keepRecorded(
  stored: ProposalContent,
  input: Partial<Pick<ProposalContent, 'financeApproval' | 'hearings' | 'code' | 'roundId'>>,
): Pick<ProposalContent, 'financeApproval' | 'hearings' | 'code' | 'roundId'> {
  return {
    financeApproval: input.financeApproval ?? stored.financeApproval,
    hearings: input.hearings ?? stored.hearings,
    code: input.code === undefined ? stored.code : input.code,
    roundId: input.roundId === undefined ? stored.roundId : input.roundId,
  };
}

/** Steps that send a proposal back to its author: an approval before them no longer stands. */
const BACK_TO_DRAFT: readonly Step[] = ['return_to_author', 'reopen'];

/**
 * Whether Center for Økonomi's approval stands, judged from the steps taken on the proposal in
 * the order they were taken: an `approve_finance` after the last return to the author. A
 * `financeApproval.approved` that no such step wrote (an import, a seed) is not an approval.
 */
export function financeApprovalStands(steps: readonly string[]): boolean {
  const last = steps.findLast((s) => s === 'approve_finance' || BACK_TO_DRAFT.includes(s as Step));
  return last === 'approve_finance';
}
