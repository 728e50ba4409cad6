import { desc, eq, sql } from 'drizzle-orm';
import type { ProposalStatus } from '../../domain/proposal.ts';
import type { GrantedYear, Outcome, Plan, Recommendation } from '../../domain/rounds/decisions.ts';
import type { RoundRules } from '../../domain/rounds/rules.ts';
import type { Db } from '../db/database.ts';
import { proposalPlans, proposals, roundDecisions, roundRules, rounds } from '../db/schema.ts';

// The round's decisions and the plans of what was granted. A decision row belongs to the round
// it was made in: a proposal postponed to a later round keeps its row in the first one, which
// names the round it went to, and gets a new row there.

export type RoundRecord = typeof rounds.$inferSelect;
export type DecisionRecord = typeof roundDecisions.$inferSelect;

export interface PlanRecord extends Plan {
  status: ProposalStatus;
  code: string | null;
  title: string;
  administration: string | null;
}

export interface RecommendationWrite {
  roundId: string;
  proposalId: string;
  recommendation: Recommendation;
  note: string;
  userId: string | null;
}

export interface OutcomeWrite {
  roundId: string;
  proposalId: string;
  outcome: Outcome;
  decidedOn: string;
  decidingBody: string;
  decisionText: string;
  postponedToRoundId: string | null;
  rulesVersion: number | null;
  userId: string | null;
}

export function decisionStore(db: Db) {
  return {
    async round(id: string): Promise<RoundRecord | null> {
      const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
      return row ?? null;
    },

    /** The version of the round's rules in force: the newest. */
    async currentRules(roundId: string): Promise<RoundRules | null> {
      const [row] = await db
        .select()
        .from(roundRules)
        .where(eq(roundRules.roundId, roundId))
        .orderBy(desc(roundRules.version))
        .limit(1);
      return row ? { ...row.rules, roundId, version: row.version, reason: row.reason } : null;
    },

    forRound: (roundId: string): Promise<DecisionRecord[]> =>
      db.select().from(roundDecisions).where(eq(roundDecisions.roundId, roundId)),

    async recommend(w: RecommendationWrite): Promise<void> {
      const values = {
        recommendation: w.recommendation,
        recommendationNote: w.note,
        updatedBy: w.userId,
      };
      await db
        .insert(roundDecisions)
        .values({ roundId: w.roundId, proposalId: w.proposalId, ...values })
        .onConflictDoUpdate({
          target: [roundDecisions.roundId, roundDecisions.proposalId],
          set: { ...values, version: sql`${roundDecisions.version} + 1`, updatedAt: sql`now()` },
        });
    },

    async decide(w: OutcomeWrite): Promise<void> {
      const values = {
        outcome: w.outcome,
        decidedOn: w.decidedOn,
        decidingBody: w.decidingBody,
        decisionText: w.decisionText,
        postponedToRoundId: w.postponedToRoundId,
        rulesVersion: w.rulesVersion,
        updatedBy: w.userId,
      };
      await db
        .insert(roundDecisions)
        .values({ roundId: w.roundId, proposalId: w.proposalId, ...values })
        .onConflictDoUpdate({
          target: [roundDecisions.roundId, roundDecisions.proposalId],
          set: { ...values, version: sql`${roundDecisions.version} + 1`, updatedAt: sql`now()` },
        });
    },

    async insertPlan(plan: Plan): Promise<void> {
      await db.insert(proposalPlans).values(plan);
    },

    /** The plans granted in the round, with whose they are. */
    async plansOfRound(roundId: string): Promise<PlanRecord[]> {
      const rows = await db
        .select({
          plan: proposalPlans,
          code: proposals.code,
          title: proposals.title,
          administration: proposals.leadAdministration,
          status: proposals.status,
        })
        .from(proposalPlans)
        .innerJoin(proposals, eq(proposals.id, proposalPlans.proposalId))
        .where(eq(proposalPlans.roundId, roundId));
      return rows.map(({ plan, code, title, administration, status }) => ({
        proposalId: plan.proposalId,
        roundId: plan.roundId,
        poolKey: plan.poolKey,
        rulesVersion: plan.rulesVersion,
        decidedOn: plan.decidedOn,
        table: plan.table,
        granted: plan.granted as GrantedYear[],
        status,
        code,
        title,
        administration,
      }));
    },

    async planOf(proposalId: string): Promise<Plan | null> {
      const [row] = await db
        .select()
        .from(proposalPlans)
        .where(eq(proposalPlans.proposalId, proposalId));
      if (!row) return null;
      const { createdAt: _createdAt, ...plan } = row;
      return plan;
    },
  };
}

export type DecisionStore = ReturnType<typeof decisionStore>;
