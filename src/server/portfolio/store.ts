import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { proposalScores } from '../db/schema.ts';

// The secretariat's scores of a round's proposals, one row per proposal and criterion.

export interface Score {
  proposalId: string;
  criterionKey: string;
  score: number;
}

export function portfolioStore(db: Db) {
  return {
    scoresOfRound: (roundId: string): Promise<Score[]> =>
      db
        .select({
          proposalId: proposalScores.proposalId,
          criterionKey: proposalScores.criterionKey,
          score: proposalScores.score,
        })
        .from(proposalScores)
        .where(eq(proposalScores.roundId, roundId)),

    /** Replaces a proposal's scores in the round; run it in the transaction that audits it. */
    async setScores(roundId: string, proposalId: string, scores: Score[], userId: string) {
      await db
        .delete(proposalScores)
        .where(and(eq(proposalScores.roundId, roundId), eq(proposalScores.proposalId, proposalId)));
      if (scores.length > 0) {
        await db.insert(proposalScores).values(
          scores.map((s) => ({
            roundId,
            proposalId,
            criterionKey: s.criterionKey,
            score: s.score,
            updatedBy: userId,
          })),
        );
      }
    },
  };
}
