import { and, asc, eq, sql } from 'drizzle-orm';
import type { Kroner } from '../../domain/money.ts';
import type { ProposalContent, ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { Db } from '../db/database.ts';
import {
  economicRows,
  followUpGoals,
  futureInvestments,
  hearings,
  partners,
  proposals,
  proposalVersions,
  risks,
} from '../db/schema.ts';
import { refreshSearchDocument } from '../search/document.ts';

// Reads and writes a proposal as structured rows: a header row, one row per line of each table,
// and a snapshot per saved version. The rest of the server sees only ProposalContent.

export interface StoredProposal {
  id: string;
  version: number;
  status: ProposalStatus;
  createdAt: Date;
  updatedAt: Date;
  content: ProposalContent;
}

export interface ProposalSummaryRecord {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  status: ProposalStatus;
  leadAdministration: string | null;
  committee: string | null;
  roundId: string | null;
  priceLevelYear: number | null;
  totalImplementation: Kroner;
  updatedAt: Date;
  version: number;
}

export interface VersionRecord {
  version: number;
  savedAt: Date;
  title: string;
}

export interface ProposalFilter {
  kind?: ProposalKind | undefined;
  leadAdministration?: string | undefined;
  roundId?: string | undefined;
}

export type UpdateOutcome =
  | { outcome: 'updated'; proposal: StoredProposal }
  | { outcome: 'stale'; currentVersion: number }
  | { outcome: 'missing' };

type Header = Omit<typeof proposals.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

function headerOf(content: ProposalContent): Header {
  return {
    code: content.code,
    title: content.title,
    kind: content.kind,
    summary: content.summary,
    leadAdministration: content.leadAdministration,
    affectedAdministrations: content.affectedAdministrations,
    committee: content.committee,
    roundId: content.roundId,
    originProposalId: content.originProposalId,
    description: content.description,
    economyNarrative: content.economyNarrative,
    priceLevelYear: content.economy.priceLevelYear,
    years: content.economy.years,
    stated: content.stated,
    futureInvestmentNarrative: content.futureInvestmentNarrative,
    implementationNarrative: content.implementationNarrative,
    riskLevel: content.riskLevel,
    riskNarrative: content.riskNarrative,
    adminEfficiency: content.adminEfficiency,
    financeApproved: content.financeApproval.approved,
    financeApprovalDate: content.financeApproval.date,
    financeApprovalNote: content.financeApproval.note,
  };
}

/** The tables below the header, all replaced on every save, and the search document over all. */
async function insertParts(tx: Db, proposalId: string, content: ProposalContent): Promise<void> {
  const numbered = <T>(items: T[]) =>
    items.map((item, position) => ({ proposalId, position, ...item }));

  if (content.economy.rows.length > 0) {
    await tx.insert(economicRows).values(numbered(content.economy.rows));
  }
  if (content.followUpGoals.length > 0) {
    await tx.insert(followUpGoals).values(numbered(content.followUpGoals));
  }
  if (content.risks.length > 0) await tx.insert(risks).values(numbered(content.risks));
  if (content.partners.length > 0) await tx.insert(partners).values(numbered(content.partners));
  if (content.hearings.length > 0) await tx.insert(hearings).values(numbered(content.hearings));
  const future = content.futureInvestment;
  if (future) {
    await tx.insert(futureInvestments).values({
      proposalId,
      expectedCostMin: future.expectedCost.min,
      expectedCostMax: future.expectedCost.max,
      expectedDecisionRound: future.expectedDecisionRound,
      efficiencyPotentialMin: future.efficiencyPotential.min,
      efficiencyPotentialMax: future.efficiencyPotential.max,
      efficiencyArea: future.efficiencyArea,
      crossCuttingEfficiency: future.crossCuttingEfficiency,
      largeScalePotential: future.largeScalePotential,
      matureNewTechnology: future.matureNewTechnology,
      note: future.note,
    });
  }
  await refreshSearchDocument(tx, proposalId);
}

async function deleteParts(tx: Db, proposalId: string): Promise<void> {
  for (const table of [economicRows, followUpGoals, risks, partners, hearings]) {
    await tx.delete(table).where(eq(table.proposalId, proposalId));
  }
  await tx.delete(futureInvestments).where(eq(futureInvestments.proposalId, proposalId));
}

type HeaderRow = typeof proposals.$inferSelect;

function storedOf(header: HeaderRow, content: ProposalContent): StoredProposal {
  return {
    id: header.id,
    version: header.version,
    status: header.status,
    createdAt: header.createdAt,
    updatedAt: header.updatedAt,
    content,
  };
}

const withoutKey = <T extends { proposalId: string; position: number }>({
  proposalId: _id,
  position: _position,
  ...rest
}: T) => rest;

export function proposalStore(db: Db) {
  /** Reads the parts below a header; run inside the transaction that read the header. */
  async function readContent(tx: Db, header: HeaderRow): Promise<ProposalContent> {
    const id = header.id;
    const rows = await tx
      .select()
      .from(economicRows)
      .where(eq(economicRows.proposalId, id))
      .orderBy(asc(economicRows.position));
    const goals = await tx
      .select()
      .from(followUpGoals)
      .where(eq(followUpGoals.proposalId, id))
      .orderBy(asc(followUpGoals.position));
    const riskRows = await tx
      .select()
      .from(risks)
      .where(eq(risks.proposalId, id))
      .orderBy(asc(risks.position));
    const partnerRows = await tx
      .select()
      .from(partners)
      .where(eq(partners.proposalId, id))
      .orderBy(asc(partners.position));
    const hearingRows = await tx
      .select()
      .from(hearings)
      .where(eq(hearings.proposalId, id))
      .orderBy(asc(hearings.position));
    const [future] = await tx
      .select()
      .from(futureInvestments)
      .where(eq(futureInvestments.proposalId, id));

    return {
      code: header.code,
      title: header.title,
      kind: header.kind,
      summary: header.summary,
      leadAdministration: header.leadAdministration,
      affectedAdministrations: header.affectedAdministrations,
      committee: header.committee,
      roundId: header.roundId,
      originProposalId: header.originProposalId,
      description: header.description,
      economyNarrative: header.economyNarrative,
      economy: {
        priceLevelYear: header.priceLevelYear,
        years: header.years,
        rows: rows.map(withoutKey),
      },
      stated: header.stated,
      futureInvestmentNarrative: header.futureInvestmentNarrative,
      futureInvestment: future
        ? {
            expectedCost: { min: future.expectedCostMin, max: future.expectedCostMax },
            expectedDecisionRound: future.expectedDecisionRound,
            efficiencyPotential: {
              min: future.efficiencyPotentialMin,
              max: future.efficiencyPotentialMax,
            },
            efficiencyArea: future.efficiencyArea,
            crossCuttingEfficiency: future.crossCuttingEfficiency,
            largeScalePotential: future.largeScalePotential,
            matureNewTechnology: future.matureNewTechnology,
            note: future.note,
          }
        : null,
      implementationNarrative: header.implementationNarrative,
      followUpGoals: goals.map(withoutKey),
      riskLevel: header.riskLevel,
      riskNarrative: header.riskNarrative,
      risks: riskRows.map(withoutKey),
      adminEfficiency: header.adminEfficiency,
      financeApproval: {
        approved: header.financeApproved,
        date: header.financeApprovalDate,
        note: header.financeApprovalNote,
      },
      partners: partnerRows.map(withoutKey),
      hearings: hearingRows.map(withoutKey),
    };
  }

  return {
    async insert(content: ProposalContent): Promise<StoredProposal> {
      return db.transaction(async (tx) => {
        const [header] = await tx.insert(proposals).values(headerOf(content)).returning();
        if (!header) throw new Error('insert returned no row');
        await insertParts(tx, header.id, content);
        await tx.insert(proposalVersions).values({
          proposalId: header.id,
          version: header.version,
          status: header.status,
          snapshot: content,
          savedAt: header.updatedAt,
        });
        return storedOf(header, content);
      });
    },

    /**
     * Saves only when the proposal is still at `version`. The version check and the write are
     * one UPDATE, so of two saves from the same version exactly one wins, on any number of
     * app servers: the loser's UPDATE waits for the winner's row lock, then matches no row.
     */
    async update(
      id: string,
      version: number,
      content: ProposalContent,
      /** A workflow step's new status; a save of content leaves the status as it is. */
      status?: ProposalStatus,
    ): Promise<UpdateOutcome> {
      return db.transaction(async (tx): Promise<UpdateOutcome> => {
        const [header] = await tx
          .update(proposals)
          .set({
            ...headerOf(content),
            ...(status ? { status } : {}),
            version: sql`${proposals.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(and(eq(proposals.id, id), eq(proposals.version, version)))
          .returning();
        if (!header) {
          const [current] = await tx
            .select({ version: proposals.version })
            .from(proposals)
            .where(eq(proposals.id, id));
          return current
            ? { outcome: 'stale', currentVersion: current.version }
            : { outcome: 'missing' };
        }
        await deleteParts(tx, id);
        await insertParts(tx, id, content);
        await tx.insert(proposalVersions).values({
          proposalId: id,
          version: header.version,
          status: header.status,
          snapshot: content,
          savedAt: header.updatedAt,
        });
        return { outcome: 'updated', proposal: storedOf(header, content) };
      });
    },

    async find(id: string): Promise<StoredProposal | null> {
      // One snapshot of the database for all the reads, so a save that commits in between
      // cannot pair the header of one version with the rows of the next.
      return db.transaction(
        async (tx) => {
          const [header] = await tx.select().from(proposals).where(eq(proposals.id, id));
          return header ? storedOf(header, await readContent(tx, header)) : null;
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },

    async isEmpty(): Promise<boolean> {
      const [row] = await db.select({ id: proposals.id }).from(proposals).limit(1);
      return row === undefined;
    },

    async exists(id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: proposals.id })
        .from(proposals)
        .where(eq(proposals.id, id));
      return row !== undefined;
    },

    async list(filter: ProposalFilter): Promise<ProposalSummaryRecord[]> {
      const cell = sql.identifier('cell');
      const totalImplementation = sql<Kroner>`coalesce((
          select sum(${cell}) from ${economicRows} cross join unnest(${economicRows.values}) as ${cell}
          where ${economicRows.proposalId} = ${proposals.id}
            and ${economicRows.section} = 'implementation'), 0)`.mapWith(
        (value) => Number(value) as Kroner,
      );
      return db
        .select({
          id: proposals.id,
          code: proposals.code,
          title: proposals.title,
          kind: proposals.kind,
          status: proposals.status,
          leadAdministration: proposals.leadAdministration,
          committee: proposals.committee,
          roundId: proposals.roundId,
          priceLevelYear: proposals.priceLevelYear,
          totalImplementation,
          updatedAt: proposals.updatedAt,
          version: proposals.version,
        })
        .from(proposals)
        .where(
          and(
            filter.kind ? eq(proposals.kind, filter.kind) : undefined,
            filter.leadAdministration
              ? eq(proposals.leadAdministration, filter.leadAdministration)
              : undefined,
            filter.roundId ? eq(proposals.roundId, filter.roundId) : undefined,
          ),
        );
    },

    /** Oldest first; empty when the proposal does not exist (every proposal has version 1). */
    async listVersions(id: string): Promise<VersionRecord[]> {
      return db
        .select({
          version: proposalVersions.version,
          savedAt: proposalVersions.savedAt,
          title: sql<string>`${proposalVersions.snapshot}->>'title'`,
        })
        .from(proposalVersions)
        .where(eq(proposalVersions.proposalId, id))
        .orderBy(asc(proposalVersions.version));
    },

    async findVersion(id: string, version: number): Promise<StoredProposal | null> {
      const [row] = await db
        .select({
          version: proposalVersions.version,
          status: proposalVersions.status,
          snapshot: proposalVersions.snapshot,
          savedAt: proposalVersions.savedAt,
          createdAt: proposals.createdAt,
        })
        .from(proposalVersions)
        .innerJoin(proposals, eq(proposals.id, proposalVersions.proposalId))
        .where(and(eq(proposalVersions.proposalId, id), eq(proposalVersions.version, version)));
      if (!row) return null;
      return {
        id,
        version: row.version,
        status: row.status,
        createdAt: row.createdAt,
        updatedAt: row.savedAt,
        content: row.snapshot,
      };
    },
  };
}

export type ProposalStore = ReturnType<typeof proposalStore>;
