import { and, eq, inArray, sql } from 'drizzle-orm';
import { REPORTING_STATUSES, type RealisedYear } from '../../../domain/followup/realised.ts';
import type { FollowUpSettings } from '../../../domain/followup/realised-flags.ts';
import type { SavingsTarget } from '../../../domain/followup/realised-portfolio.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { EconomicTable, ProposalKind, ProposalStatus } from '../../../domain/proposal.ts';
import type { Db } from '../../db/database.ts';
import { proposalPlans, proposals } from '../../db/schema.ts';
import { followUpSettings, realisedReports } from './tables.ts';

// Reading and writing realised figures and the follow-up settings. A year's report is written
// on top of the version the user saw (optimistic concurrency, 409 when someone was first); the
// portfolio reads every granted plan and every report in two queries.

export type ReportRecord = typeof realisedReports.$inferSelect;

export interface StoredSettings extends FollowUpSettings {
  version: number | null;
  targets: SavingsTarget[];
}

/** A granted proposal's plan with whose it is, as follow-up reads it. */
export interface FollowedPlan {
  proposalId: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  status: ProposalStatus;
  administration: string | null;
  poolKey: string;
  table: EconomicTable;
}

/** A proposal named by its code, with its plan where it has one. */
export interface CodedProposal extends Omit<FollowedPlan, 'poolKey' | 'table'> {
  plan: FollowedPlan | null;
}

export interface ReportWrite {
  proposalId: string;
  year: number;
  /** The version the user saw; null for the year's first report. */
  expectedVersion: number | null;
  amounts: (Kroner | null)[];
  reported: (Kroner | null)[];
  reportedPriceLevelYear: number | null;
  comments: string[];
  userId: string | null;
}

export type ReportOutcome =
  { outcome: 'saved'; report: ReportRecord } | { outcome: 'stale'; currentVersion: number };

export const realisedYearOf = (
  r: Pick<ReportRecord, 'year' | 'amounts' | 'comments'>,
): RealisedYear => ({
  year: r.year,
  amounts: r.amounts,
  comments: r.comments,
});

export function realisedStore(db: Db) {
  const plans = () =>
    db
      .select({
        proposalId: proposalPlans.proposalId,
        code: proposals.code,
        title: proposals.title,
        kind: proposals.kind,
        status: proposals.status,
        administration: proposals.leadAdministration,
        poolKey: proposalPlans.poolKey,
        table: proposalPlans.table,
      })
      .from(proposalPlans)
      .innerJoin(proposals, eq(proposals.id, proposalPlans.proposalId));

  async function report(proposalId: string, year: number): Promise<ReportRecord | null> {
    const [row] = await db
      .select()
      .from(realisedReports)
      .where(and(eq(realisedReports.proposalId, proposalId), eq(realisedReports.year, year)));
    return row ?? null;
  }

  return {
    async settings(): Promise<StoredSettings | null> {
      const [row] = await db.select().from(followUpSettings);
      return row ? { ...row, targets: row.targets } : null;
    },

    /** Saves the settings over `expectedVersion` (null: none saved yet); null when stale. */
    async saveSettings(
      expectedVersion: number | null,
      values: FollowUpSettings & { targets: SavingsTarget[]; userId: string | null },
    ): Promise<{ version: number } | null> {
      const { userId, ...rest } = values;
      const row = { ...rest, updatedBy: userId };
      const saved =
        expectedVersion === null
          ? await db.insert(followUpSettings).values(row).onConflictDoNothing().returning()
          : await db
              .update(followUpSettings)
              .set({ ...row, version: expectedVersion + 1, updatedAt: sql`now()` })
              .where(eq(followUpSettings.version, expectedVersion))
              .returning();
      return saved[0] ? { version: saved[0].version } : null;
    },

    /** The plan of a proposal in a reporting status, with whose it is. */
    async plan(proposalId: string): Promise<FollowedPlan | null> {
      const [row] = await plans().where(eq(proposalPlans.proposalId, proposalId));
      return row ?? null;
    },

    /** Every plan of a proposal granted and not since taken out of follow-up. */
    followedPlans: (): Promise<FollowedPlan[]> =>
      plans().where(inArray(proposals.status, [...REPORTING_STATUSES])),

    /** The proposals with these codes and their plans, if granted (an import names codes). */
    async proposalsByCode(codes: string[]): Promise<CodedProposal[]> {
      if (codes.length === 0) return [];
      const rows = await db
        .select({
          proposalId: proposals.id,
          code: proposals.code,
          title: proposals.title,
          kind: proposals.kind,
          status: proposals.status,
          administration: proposals.leadAdministration,
          poolKey: proposalPlans.poolKey,
          table: proposalPlans.table,
        })
        .from(proposals)
        .leftJoin(proposalPlans, eq(proposals.id, proposalPlans.proposalId))
        .where(inArray(proposals.code, codes));
      return rows.map(({ poolKey, table, ...proposal }) => ({
        ...proposal,
        plan: poolKey !== null && table !== null ? { ...proposal, poolKey, table } : null,
      }));
    },

    reportsOf: (proposalId: string): Promise<ReportRecord[]> =>
      db
        .select()
        .from(realisedReports)
        .where(eq(realisedReports.proposalId, proposalId))
        .orderBy(realisedReports.year),

    report,

    /** Which years each proposal has reported: a reminder of a report in is met. */
    reportedYears: () =>
      db
        .select({ proposalId: realisedReports.proposalId, year: realisedReports.year })
        .from(realisedReports),

    /** Every report's cells, for the portfolio: only what the arithmetic needs. */
    allRealised: () =>
      db
        .select({
          proposalId: realisedReports.proposalId,
          year: realisedReports.year,
          amounts: realisedReports.amounts,
        })
        .from(realisedReports),

    async saveReport(w: ReportWrite): Promise<ReportOutcome> {
      const values = {
        amounts: w.amounts,
        reported: w.reported,
        reportedPriceLevelYear: w.reportedPriceLevelYear,
        comments: w.comments,
        updatedBy: w.userId,
      };
      const saved =
        w.expectedVersion === null
          ? await db
              .insert(realisedReports)
              .values({ proposalId: w.proposalId, year: w.year, ...values })
              .onConflictDoNothing()
              .returning()
          : await db
              .update(realisedReports)
              .set({ ...values, version: w.expectedVersion + 1, updatedAt: sql`now()` })
              .where(
                and(
                  eq(realisedReports.proposalId, w.proposalId),
                  eq(realisedReports.year, w.year),
                  eq(realisedReports.version, w.expectedVersion),
                ),
              )
              .returning();
      if (saved[0]) return { outcome: 'saved', report: saved[0] };
      const current = await report(w.proposalId, w.year);
      return { outcome: 'stale', currentVersion: current?.version ?? 0 };
    },
  };
}

export type RealisedStore = ReturnType<typeof realisedStore>;
