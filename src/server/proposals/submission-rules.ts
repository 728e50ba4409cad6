import type { ProposalContent } from '../../domain/proposal.ts';
import { rulesInForce, rulesYearOf, type SubmissionRules } from '../../domain/rules.ts';
import type { DataAccess } from '../data-access.ts';

/**
 * The submission rules each proposal is judged by: those in force for its round's year, or for
 * its price level while it has no round. The rounds and rules are read once, for any number of
 * proposals; null where no rules are configured for the year.
 */
export async function submissionRulesFor(
  reference: DataAccess['reference'],
): Promise<(content: ProposalContent) => SubmissionRules | null> {
  const rounds = await reference.rounds();
  const configured = await reference.submissionRules();
  return (content) => {
    const round = rounds.find((r) => r.id === content.roundId);
    const year = rulesYearOf({ roundYear: round?.year ?? null, ...content.economy });
    return year === null ? null : (rulesInForce(configured, year)?.rules ?? null);
  };
}
