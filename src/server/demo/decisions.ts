import type { ProposalStatus } from '../../domain/proposal.ts';
import { askedPerYear, poolForKind } from '../../domain/rounds/decisions-plan.ts';
import type { DataAccess } from '../data-access.ts';
import { roundPriceLevel } from '../../domain/rounds/rules.ts';
import { atPriceLevel } from '../decisions/service.ts';

// The decisions behind the demo's decided rounds, so every account sees what a decided round
// looks like: a proposal the demo data puts in a status after the decision was recommended and
// granted as asked (the seeds state no lower grant), with its plan; a rejected one was
// recommended against. Run after the proposals and their statuses are in place; a proposal that
// already has its decision is left as it is, so a restart adds nothing.

const GRANTED: readonly ProposalStatus[] = ['granted', 'in_implementation', 'closed'];
const DECIDED: readonly ProposalStatus[] = [...GRANTED, 'rejected'];
const RECOMMENDED: readonly ProposalStatus[] = ['recommended', 'not_recommended', ...DECIDED];

/** Copenhagen's overførselssag and budget are both decided by the city council. */
const DECIDING_BODY = 'Borgerrepræsentationen';

/** `only`: the rounds to record in (a test's own); every round when left out. */
export async function recordDemoDecisions(
  access: DataAccess,
  only?: readonly string[],
): Promise<{ recorded: number }> {
  const index = await access.priceIndices.index();
  let recorded = 0;
  const rounds = await access.reference.rounds();
  for (const round of rounds.filter((r) => !only || only.includes(r.id))) {
    const rules = await access.decisions.currentRules(round.id);
    const done = new Set((await access.decisions.forRound(round.id)).map((d) => d.proposalId));
    const listed = await access.proposals.list({ roundId: round.id });
    for (const summary of listed) {
      if (done.has(summary.id) || !RECOMMENDED.includes(summary.status)) continue;
      const proposal = await access.proposals.find(summary.id);
      if (!proposal) continue;
      const granted = GRANTED.includes(proposal.status);
      const table = atPriceLevel(proposal.content.economy, roundPriceLevel(round), index);
      const poolKey = rules && poolForKind(rules, proposal.content.kind);
      // A grant needs the round's pools and its table at the round's price level.
      if (granted && (!rules || !poolKey || !table.ok)) continue;
      // Without its own date the round is taken as decided when its year's OFS usually is.
      const decidedOn = round.decisionOn ?? `${round.year}-06-01`;
      await access.transaction(async (tx) => {
        const recommendation =
          proposal.status === 'not_recommended' || proposal.status === 'rejected'
            ? 'not_recommended'
            : 'recommended';
        await tx.decisions.recommend({
          roundId: round.id,
          proposalId: proposal.id,
          recommendation,
          note: '',
          userId: null,
        });
        if (!DECIDED.includes(proposal.status)) return;
        await tx.decisions.decide({
          roundId: round.id,
          proposalId: proposal.id,
          outcome: granted ? 'granted' : 'rejected',
          decidedOn,
          decidingBody: DECIDING_BODY,
          decisionText: granted ? 'Bevilget som søgt.' : 'Ikke bevilget.',
          postponedToRoundId: null,
          rulesVersion: rules?.version ?? null,
          userId: null,
        });
        if (granted && rules && poolKey && table.ok) {
          await tx.decisions.insertPlan({
            proposalId: proposal.id,
            roundId: round.id,
            poolKey,
            rulesVersion: rules.version,
            decidedOn,
            table: table.value,
            granted: askedPerYear(table.value).filter((g) => g.amount !== 0),
          });
        }
      });
      recorded++;
    }
  }
  return { recorded };
}
