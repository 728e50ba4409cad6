import { sameCode, sameRound, type ProposalIdentity } from './duplicates.ts';

// A round's overview (bilag) names its proposals by code, and codes start over each round: a
// line is the proposal in the system with its code in one of the rounds the overview stands
// for (the one it names, and the one the secretariat read it into), or imported from a document
// that named one of them (a proposal the secretariat has since placed in another round is still
// the line's). An overview that names no round links only to proposals whose round is not known
// either.

/** The proposals in the system that the overview's line of `code` stands for. */
export function linkedByCode(
  code: string,
  rounds: readonly (string | null)[],
  known: readonly ProposalIdentity[],
): ProposalIdentity[] {
  return known.filter(
    (proposal) =>
      sameCode(code, proposal.code) &&
      rounds.some(
        (round) =>
          sameRound(round, proposal.round) ||
          (proposal.importedRound !== undefined && sameRound(round, proposal.importedRound)),
      ),
  );
}
