import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { ProposalIdentity } from '../../domain/imports/duplicates.ts';
import type { ProposalKind } from '../../domain/proposal.ts';
import type { RoundOverview } from '../../import/overview.ts';
import type { Page, PageQuery } from '../../shared/paging.ts';
import type { Db } from '../db/database.ts';
import { paged } from '../db/paged.ts';
import { importedProposals, imports, proposals, rounds } from '../db/schema.ts';

// Imports and the proposals read from them. A proposal read is a row here beside a normal draft
// in the proposals tables; how far a document has been read is the number of those rows, so
// progress lives in the database and every app server sees the same.

export interface ImportRecord {
  id: string;
  fileName: string;
  total: number;
  done: number;
  createdAt: Date;
}

/** A draft awaiting review, a reading held as a possible duplicate, or one skipped as such. */
export type ImportedEntryState = 'draft' | 'held' | 'skipped';

export interface ImportedEntryRecord {
  position: number;
  proposalId: string | null;
  state: ImportedEntryState;
  duplicateCount: number;
  code: string | null;
  title: string;
  kind: ProposalKind;
  startLine: number;
  endLine: number;
  unreadCount: number;
  mismatchCount: number;
  acceptedAt: Date | null;
}

export type ImportedProposalRecord = typeof importedProposals.$inferSelect;

/** The reviewer's corrections of a reading, and what the reading's mismatches are after them. */
export type CorrectedFindings = Pick<
  ImportedProposalRecord,
  'corrections' | 'mismatches' | 'computedPayback'
>;

export const stateOf = (row: {
  proposalId: string | null;
  skippedAt: Date | null;
}): ImportedEntryState => (row.proposalId !== null ? 'draft' : row.skippedAt ? 'skipped' : 'held');

export interface ProposalImportRecord {
  importId: string;
  position: number;
  fileName: string;
  acceptedAt: Date | null;
}

export interface ImportOverviewRecord {
  id: string;
  fileName: string;
  overview: RoundOverview;
  roundId: string | null;
  readAt: Date | null;
}

const overviewColumns = {
  id: imports.id,
  fileName: imports.fileName,
  overview: imports.overview,
  roundId: imports.overviewRoundId,
  readAt: imports.overviewReadAt,
};

/** How long one server may read a document before another may take over. */
const LEASE_SECONDS = 60;

export function importStore(db: Db) {
  const summary = {
    id: imports.id,
    fileName: imports.fileName,
    total: imports.total,
    // Counted for the rows read only (a page, or one), from the primary key's index.
    done: sql<number>`(select count(*)::int from ${importedProposals}
      where ${importedProposals.importId} = ${imports.id})`,
    createdAt: imports.createdAt,
  };

  return {
    async insert(values: {
      fileName: string;
      sourceText: string;
      total: number;
      fromPdf: boolean;
      overview: RoundOverview | null;
    }) {
      const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
      return row!.id;
    },

    async find(id: string): Promise<ImportRecord | null> {
      const [row] = await db.select(summary).from(imports).where(eq(imports.id, id));
      return row ?? null;
    },

    /** Newest first. */
    async list(page: PageQuery): Promise<Page<ImportRecord>> {
      return paged(
        page,
        db
          .select(summary)
          .from(imports)
          .orderBy(desc(imports.createdAt), desc(imports.id))
          .limit(page.limit)
          .offset(page.offset),
        db.$count(imports),
      );
    },

    async source(id: string): Promise<{ text: string; fromPdf: boolean } | null> {
      const [row] = await db
        .select({ text: imports.sourceText, fromPdf: imports.fromPdf })
        .from(imports)
        .where(eq(imports.id, id));
      return row ?? null;
    },

    /**
     * Takes the lease to read the next proposals of an import; false while another server
     * holds it. A lease left by a server that stopped lapses after LEASE_SECONDS.
     */
    async lease(id: string): Promise<boolean> {
      const taken = await db
        .update(imports)
        .set({ readingUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
        .where(
          and(
            eq(imports.id, id),
            or(isNull(imports.readingUntil), lt(imports.readingUntil, sql`now()`)),
          ),
        )
        .returning({ id: imports.id });
      return taken.length > 0;
    },

    async release(id: string): Promise<void> {
      await db.update(imports).set({ readingUntil: null }).where(eq(imports.id, id));
    },

    async addProposal(values: typeof importedProposals.$inferInsert): Promise<void> {
      await db.insert(importedProposals).values(values);
    },

    async entries(importId: string): Promise<ImportedEntryRecord[]> {
      const rows = await db
        .select({
          position: importedProposals.position,
          proposalId: importedProposals.proposalId,
          code: proposals.code,
          title: proposals.title,
          kind: proposals.kind,
          held: importedProposals.held,
          duplicates: importedProposals.duplicates,
          skippedAt: importedProposals.skippedAt,
          startLine: importedProposals.startLine,
          endLine: importedProposals.endLine,
          unread: importedProposals.unread,
          mismatches: importedProposals.mismatches,
          acceptedAt: importedProposals.acceptedAt,
        })
        .from(importedProposals)
        .leftJoin(proposals, eq(proposals.id, importedProposals.proposalId))
        .where(eq(importedProposals.importId, importId))
        .orderBy(asc(importedProposals.position));
      return rows.map(({ unread, mismatches, held, duplicates, skippedAt, ...row }) => ({
        ...row,
        code: held ? held.code : row.code,
        title: held ? held.title : (row.title ?? ''),
        kind: held ? held.kind : (row.kind ?? 'investeringsforslag'),
        state: stateOf({ proposalId: row.proposalId, skippedAt }),
        duplicateCount: duplicates.length,
        unreadCount: unread.length,
        mismatchCount: mismatches.length,
      }));
    },

    /**
     * Every proposal as the duplicate check knows it: its round by name, the round it is in or
     * else the one the document it was imported from named.
     */
    async identities(): Promise<ProposalIdentity[]> {
      return db
        .select({
          id: proposals.id,
          code: proposals.code,
          title: proposals.title,
          leadAdministration: proposals.leadAdministration,
          round: sql<string | null>`coalesce(${rounds.name}, ${importedProposals.round})`,
          importedRound: importedProposals.round,
        })
        .from(proposals)
        .leftJoin(rounds, eq(rounds.id, proposals.roundId))
        .leftJoin(importedProposals, eq(importedProposals.proposalId, proposals.id));
    },

    /** The held reading made a draft: the draft takes its place. */
    async created(importId: string, position: number, proposalId: string): Promise<void> {
      await db
        .update(importedProposals)
        .set({ proposalId, held: null, skippedAt: null })
        .where(
          and(eq(importedProposals.importId, importId), eq(importedProposals.position, position)),
        );
    },

    /** A held reading the reviewer chose not to create; skipping twice keeps the first time. */
    async skip(importId: string, position: number): Promise<void> {
      await db
        .update(importedProposals)
        .set({ skippedAt: sql`now()` })
        .where(
          and(
            eq(importedProposals.importId, importId),
            eq(importedProposals.position, position),
            isNull(importedProposals.proposalId),
            isNull(importedProposals.skippedAt),
          ),
        );
    },

    /** Keeps the reviewer's corrections and the mismatches and payback they leave. */
    async addCorrections(
      importId: string,
      position: number,
      { corrections, mismatches, computedPayback }: CorrectedFindings,
    ): Promise<void> {
      if (corrections.length === 0) return;
      await db
        .update(importedProposals)
        .set({
          corrections: sql`${importedProposals.corrections} || ${JSON.stringify(corrections)}::jsonb`,
          mismatches,
          computedPayback,
        })
        .where(
          and(eq(importedProposals.importId, importId), eq(importedProposals.position, position)),
        );
    },

    /** The import a proposal was read from, if it was. */
    async ofProposal(proposalId: string): Promise<ProposalImportRecord | null> {
      const [row] = await db
        .select({
          importId: importedProposals.importId,
          position: importedProposals.position,
          fileName: imports.fileName,
          acceptedAt: importedProposals.acceptedAt,
        })
        .from(importedProposals)
        .innerJoin(imports, eq(imports.id, importedProposals.importId))
        .where(eq(importedProposals.proposalId, proposalId));
      return row ?? null;
    },

    async entry(importId: string, position: number): Promise<ImportedProposalRecord | null> {
      const [row] = await db
        .select()
        .from(importedProposals)
        .where(
          and(eq(importedProposals.importId, importId), eq(importedProposals.position, position)),
        );
      return row ?? null;
    },

    /** The round's overview the document holds, and the round it was read into, if any. */
    async overview(id: string): Promise<ImportOverviewRecord | null> {
      const [row] = await db.select(overviewColumns).from(imports).where(eq(imports.id, id));
      return row?.overview ? { ...row, overview: row.overview } : null;
    },

    /** The overviews read into a round, oldest first. */
    async overviewsOfRound(roundId: string): Promise<ImportOverviewRecord[]> {
      const rows = await db
        .select(overviewColumns)
        .from(imports)
        .where(eq(imports.overviewRoundId, roundId))
        .orderBy(asc(imports.overviewReadAt), asc(imports.id));
      return rows.flatMap((row) => (row.overview ? [{ ...row, overview: row.overview }] : []));
    },

    /**
     * Records the round the overview is read into; false when it was read into another one.
     * The row stays locked for the rest of the transaction, so two secretaries reading one
     * overview at once place its proposals one after the other.
     */
    async readOverviewInto(id: string, roundId: string): Promise<boolean> {
      const updated = await db
        .update(imports)
        .set({ overviewRoundId: roundId, overviewReadAt: sql`now()` })
        .where(
          and(
            eq(imports.id, id),
            or(isNull(imports.overviewRoundId), eq(imports.overviewRoundId, roundId)),
          ),
        )
        .returning({ id: imports.id });
      return updated.length > 0;
    },

    /** Marks the proposal as reviewed; accepting twice keeps the first time. */
    async accept(importId: string, position: number): Promise<ImportedProposalRecord | null> {
      await db
        .update(importedProposals)
        .set({ acceptedAt: sql`now()` })
        .where(
          and(
            eq(importedProposals.importId, importId),
            eq(importedProposals.position, position),
            isNull(importedProposals.acceptedAt),
          ),
        );
      return this.entry(importId, position);
    },
  };
}
