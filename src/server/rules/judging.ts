import type { EconomicTable, ProposalContent } from '../../domain/proposal.ts';
import type { RoundRules } from '../../domain/rounds/rules.ts';
import {
  judgingRules,
  rulesInForce,
  type JudgingRules,
  type SubmissionRules,
} from '../../domain/rules.ts';
import type { DataAccess } from '../data-access.ts';

// Which rules judge a proposal is the domain's decision (its round's own rules, caps at the
// round's p/l, else the year's); this reads what it decides from, for every service that judges.

type Stores = Pick<DataAccess, 'reference' | 'decisions' | 'priceIndices'>;

export interface Judging {
  year: number | null;
  rules: JudgingRules | null;
}

/**
 * The rules judging `economy` in `roundId` (none: by its own years). Null when the round does
 * not exist. An explicit `rulesYear` asks for that year's rules, as the economics API allows.
 */
export async function judgingRulesFor(
  { reference, decisions, priceIndices }: Stores,
  roundId: string | null,
  economy: Pick<EconomicTable, 'priceLevelYear' | 'years'>,
  rulesYear?: number,
): Promise<Judging | null> {
  const configured = await reference.submissionRules();
  if (rulesYear !== undefined) {
    const inForce = rulesInForce(configured, rulesYear);
    return { year: rulesYear, rules: inForce && { ...inForce, source: 'year' } };
  }
  if (roundId === null) return judgingRules({ economy, round: null, configured, index: {} });
  const found = (await reference.rounds()).find((r) => r.id === roundId);
  if (!found) return null;
  const [rules, index] = await Promise.all([decisions.currentRules(roundId), priceIndices.index()]);
  return judgingRules({ economy, round: { ...found, rules }, configured, index });
}

/**
 * The rules each of many proposals is judged by, as `judgingRulesFor` picks them: the rounds,
 * their current rules, the year's rules and the index are read once, for any number of
 * proposals (a submission, the list's rule-breach marks). Null where no rules apply.
 */
export async function submissionRulesFor({
  reference,
  decisions,
  priceIndices,
}: Stores): Promise<(content: ProposalContent) => SubmissionRules | null> {
  const [rounds, configured, index] = await Promise.all([
    reference.rounds(),
    reference.submissionRules(),
    priceIndices.index(),
  ]);
  const rulesOf = new Map<string, RoundRules | null>(
    await Promise.all(rounds.map(async (r) => [r.id, await decisions.currentRules(r.id)] as const)),
  );
  return (content) => {
    const found = rounds.find((r) => r.id === content.roundId);
    const round = found ? { ...found, rules: rulesOf.get(found.id) ?? null } : null;
    return (
      judgingRules({ economy: content.economy, round, configured, index }).rules?.rules ?? null
    );
  };
}
