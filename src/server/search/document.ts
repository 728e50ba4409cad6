import { sql } from 'drizzle-orm';
import type { ProposalContent } from '../../domain/proposal.ts';
import type { Db } from '../db/database.ts';

/**
 * Rebuilds a proposal's search document from its saved rows. The document's definition lives in
 * the database (refresh_proposal_search, migration 0003), so saves and the backfill of existing
 * proposals cannot drift apart. Call it inside the saving transaction, after the rows are written.
 */
/**
 * What of a proposal's content its search document is built from (refresh_proposal_search,
 * migration 0007, reads these columns and rows): a save that changes none of it, such as a
 * Tabel 1 figure, leaves the document as it is.
 */
export function searchedText(content: ProposalContent) {
  return [
    content.code,
    content.title,
    content.summary,
    content.description,
    content.economyNarrative,
    content.futureInvestmentNarrative,
    content.implementationNarrative,
    content.riskNarrative,
    content.adminEfficiency,
    content.economy.rows.map((row) => row.label),
    content.followUpGoals.map((goal) => [goal.goal, goal.measure]),
    content.risks.map((risk) => [risk.name, risk.mitigation]),
  ];
}

export async function refreshSearchDocument(tx: Db, proposalId: string): Promise<void> {
  await tx.execute(sql`select refresh_proposal_search(${proposalId}::uuid)`);
}
