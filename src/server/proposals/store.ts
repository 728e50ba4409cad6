import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { PgDialect, QueryBuilder } from 'drizzle-orm/pg-core';
import { evaluateOrNull } from '../../domain/economics/evaluate.ts';
import { kroner, type Kroner } from '../../domain/money.ts';
import {
  wholeProposal,
  type FutureInvestment,
  type ProposalContent,
  type ProposalKind,
  type ProposalStatus,
} from '../../domain/proposal.ts';
import type { ProposalRef, ViewScope, WaitScope } from '../../domain/workflow/index.ts';
import type { ProposalSort, ProposalSummary } from '../../shared/api-schemas.ts';
import type { Page, PageQuery, TimePageQuery } from '../../shared/paging.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import type { Db } from '../db/database.ts';
import { paged } from '../db/paged.ts';
import {
  economicRows,
  followUpGoals,
  futureInvestments,
  hearings,
  partners,
  proposalCounts,
  proposals,
  proposalVersions,
  risks,
} from '../db/schema.ts';
import { refreshSearchDocument, searchedText } from '../search/document.ts';
import { visibleTo, waitingFor, type ProposalColumns } from './scopes.ts';

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
  createdAt: Date;
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

/** A page of the list: who is asking, what they filter by, and the order. */
export interface ProposalPageQuery extends PageQuery {
  filter: ProposalFilter;
  /** What the user may see. */
  visible: ViewScope[];
  /** Only what waits for the user (the inbox). */
  waiting?: WaitScope[] | undefined;
  sort: ProposalSort;
  order: 'asc' | 'desc';
}

export type UpdateOutcome =
  | { outcome: 'updated'; proposal: StoredProposal }
  | { outcome: 'stale'; currentVersion: number }
  | { outcome: 'missing' };

type HeaderRow = typeof proposals.$inferSelect;
type Header = Omit<typeof proposals.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

// What of the content goes where. A field of the declaration with a column of the same name on
// `proposals` is copied as it is; a list has a table of its own, one row per item in order; the
// rest is named here. The check below fails to compile when a field is stored nowhere.
const columns = getTableColumns(proposals);
const CONTENT_KEYS = Object.keys(proposalContentInput.shape) as (keyof ProposalContent)[];
const SAME_NAME = CONTENT_KEYS.filter((key) => key in columns);
const LISTS = [
  { table: economicRows, of: (c: ProposalContent) => c.economy.rows },
  { table: followUpGoals, of: (c: ProposalContent) => c.followUpGoals },
  { table: risks, of: (c: ProposalContent) => c.risks },
  { table: partners, of: (c: ProposalContent) => c.partners },
  { table: hearings, of: (c: ProposalContent) => c.hearings },
] as const;
type Named = 'economy' | 'financeApproval' | 'futureInvestment';
type ListField = 'followUpGoals' | 'risks' | 'partners' | 'hearings';
type StoredNowhere = Exclude<keyof ProposalContent, keyof HeaderRow | Named | ListField>;
const everyFieldStored: [StoredNowhere] extends [never] ? true : StoredNowhere = true;
void everyFieldStored;

function headerOf(content: ProposalContent): Header {
  const same = Object.fromEntries(SAME_NAME.map((key) => [key, content[key]]));
  return {
    ...(same as Pick<Header, keyof ProposalContent & keyof Header>),
    title: content.title,
    kind: content.kind,
    priceLevelYear: content.economy.priceLevelYear,
    years: content.economy.years,
    financeApproved: content.financeApproval.approved,
    financeApprovalDate: content.financeApproval.date,
    financeApprovalNote: content.financeApproval.note,
    // A draft may hold amounts too large to sum exactly; it is kept, and sorts as asking nothing
    // until its table can be summed (the economics refuse it by name meanwhile).
    totalImplementation: evaluateOrNull(content.economy)?.requestedFromPool ?? kroner(0),
  };
}

/** Tabel 2's two ranges are stored as a pair of columns each. */
function futureInvestmentRow(proposalId: string, future: FutureInvestment) {
  const { expectedCost, efficiencyPotential, ...same } = future;
  return {
    proposalId,
    ...same,
    expectedCostMin: expectedCost.min,
    expectedCostMax: expectedCost.max,
    efficiencyPotentialMin: efficiencyPotential.min,
    efficiencyPotentialMax: efficiencyPotential.max,
  };
}

type FutureRow = typeof futureInvestments.$inferSelect;

function futureInvestmentOf(row: FutureRow): FutureInvestment {
  const {
    proposalId: _id,
    expectedCostMin,
    expectedCostMax,
    efficiencyPotentialMin,
    efficiencyPotentialMax,
    ...same
  } = row;
  return {
    ...same,
    expectedCost: { min: expectedCostMin, max: expectedCostMax },
    efficiencyPotential: { min: efficiencyPotentialMin, max: efficiencyPotentialMax },
  };
}

const withoutKey = <T extends { proposalId: string; position: number }>({
  proposalId: _id,
  position: _position,
  ...rest
}: T) => rest;

/**
 * The content as the tables hold it, not as its version's snapshot does: the audit log's verify
 * compares both with what the log recorded, so a change made around the app shows.
 */
async function contentInTables(db: Db, header: HeaderRow): Promise<ProposalContent> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const lists: Record<string, unknown>[][] = [];
  for (const { table } of LISTS) {
    lists.push(
      await db
        .select()
        .from(table)
        .where(eq(table.proposalId, header.id))
        .orderBy(asc(table.position)),
    );
  }
  const [rows, goals, riskRows, partnerRows, hearingRows] = lists as [
    { proposalId: string; position: number }[],
    { proposalId: string; position: number }[],
    { proposalId: string; position: number }[],
    { proposalId: string; position: number }[],
    { proposalId: string; position: number }[],
  ];
  const [future] = await db
    .select()
    .from(futureInvestments)
    .where(eq(futureInvestments.proposalId, header.id));
  const same = Object.fromEntries(SAME_NAME.map((key) => [key, header[key as keyof HeaderRow]]));
  return contentOf({
    ...same,
    economy: {
      priceLevelYear: header.priceLevelYear,
      years: header.years,
      rows: (rows ?? []).map(withoutKey),
    },
    followUpGoals: (goals ?? []).map(withoutKey),
    risks: (riskRows ?? []).map(withoutKey),
    partners: (partnerRows ?? []).map(withoutKey),
    hearings: (hearingRows ?? []).map(withoutKey),
    futureInvestment: future ? futureInvestmentOf(future) : null,
    financeApproval: {
      approved: header.financeApproved,
      date: header.financeApprovalDate,
      note: header.financeApprovalNote,
    },
  });
}

// A snapshot written before a field was declared lacks it: reading fills in its default, so
// every version reads back whole.
const contentOf = (snapshot: unknown): ProposalContent =>
  wholeProposal(snapshot as ProposalContent);

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

const summaryColumns = {
  id: proposals.id,
  code: proposals.code,
  title: proposals.title,
  kind: proposals.kind,
  status: proposals.status,
  leadAdministration: proposals.leadAdministration,
  committee: proposals.committee,
  roundId: proposals.roundId,
  priceLevelYear: proposals.priceLevelYear,
  totalImplementation: proposals.totalImplementation,
  createdAt: proposals.createdAt,
  updatedAt: proposals.updatedAt,
  version: proposals.version,
};

// A summary's fields as the API writes them (presentSummary and the ProposalSummary schema), in
// the schema's order; the type does not compile when the schema gains a field this lacks, and
// a test compares both writings of the same proposals.
const summaryJson = sql`json_build_object(${sql.join(
  Object.entries({
    id: sql`${proposals.id}`,
    code: sql`${proposals.code}`,
    title: sql`${proposals.title}`,
    kind: sql`${proposals.kind}`,
    status: sql`${proposals.status}`,
    leadAdministration: sql`${proposals.leadAdministration}`,
    committee: sql`${proposals.committee}`,
    roundId: sql`${proposals.roundId}`,
    priceLevelYear: sql`${proposals.priceLevelYear}`,
    // Thousands as kronerToThousands gives them: the exact quotient, no trailing zeros.
    totalImplementation: sql`trim_scale(${proposals.totalImplementation}::numeric / 1000)`,
    // toISOString's form; both cut the microseconds PostgreSQL keeps to milliseconds.
    updatedAt: sql`to_char(${proposals.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    version: sql`${proposals.version}`,
  } satisfies Record<keyof ProposalSummary, SQL>).map(
    ([name, value]) => sql`${sql.raw(`'${name}'`)}, ${value}`,
  ),
  sql`, `,
)})`;

/** What a page's rows are written from and ordered by. */
const listedColumns = {
  ...summaryColumns,
  codeKey: proposals.codeKey,
  titleKey: proposals.titleKey,
};

const byteOrder = (column: SQLWrapper) => sql`${column} collate "C"`;

// Each sort's keys, the last one unique, as the indexes proposals_by_* hold them: a page is read
// from the index in either direction. Danish order comes from danish_sort_key (migration 0017).
const SORT_KEYS: Record<ProposalSort, SQL[]> = {
  code: [byteOrder(proposals.codeKey), byteOrder(proposals.titleKey), sql`${proposals.id}`],
  title: [byteOrder(proposals.titleKey), sql`${proposals.id}`],
  updatedAt: [sql`${proposals.updatedAt}`, sql`${proposals.id}`],
  amount: [sql`${proposals.totalImplementation}`, sql`${proposals.id}`],
};

function orderBy(sort: ProposalSort, order: 'asc' | 'desc'): SQL[] {
  const direction = sql.raw(order);
  // Proposals not yet given a code stay last whichever way the codes run.
  return SORT_KEYS[sort].map((key, i) =>
    i === 0 && sort === 'code' ? sql`${key} ${direction} nulls last` : sql`${key} ${direction}`,
  );
}

/** The columns a list selects by, which proposals and proposal_counts both have. */
type SelectedBy = ProposalColumns & {
  kind: SQLWrapper;
  leadAdministration: SQLWrapper;
  roundId: SQLWrapper;
};

function filtered(filter: ProposalFilter, c: SelectedBy): (SQL | undefined)[] {
  return [
    filter.kind ? sql`${c.kind} = ${filter.kind}` : undefined,
    filter.leadAdministration
      ? sql`${c.leadAdministration} = ${filter.leadAdministration}`
      : undefined,
    filter.roundId ? sql`${c.roundId} = ${filter.roundId}` : undefined,
  ];
}

function selected(query: ProposalPageQuery, c: SelectedBy): SQL | undefined {
  return and(
    ...filtered(query.filter, c),
    visibleTo(query.visible, c),
    query.waiting ? waitingFor(query.waiting, c) : undefined,
  );
}

// A page asked again with the same conditions (the first page of a list, by users of the same
// roles and forvaltning) is the same statement: built once, then prepared by name on
// PostgreSQL, so neither drizzle nor the planner does the work again per request.
const PAGE_STATEMENTS_KEPT = 1000;
const dialect = new PgDialect();
const builder = new QueryBuilder();
const statementName = (text: string) =>
  `proposal_page_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;

function pageJsonSql(query: ProposalPageQuery): SQL {
  const order = orderBy(query.sort, query.order);
  const rows = builder
    .select(listedColumns)
    .from(proposals)
    .where(selected(query, proposals))
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset)
    .as('proposals');
  return sql`select json_build_object(
      'items', coalesce(
        (select json_agg(${summaryJson} order by ${sql.join(order, sql`, `)}) from ${rows}),
        '[]'::json),
      'total', (select coalesce(sum(${proposalCounts.n}), 0)::int from ${proposalCounts}
                where ${selected(query, proposalCounts)}),
      'limit', ${query.limit}::int,
      'offset', ${query.offset}::int)::text as page`;
}

const current = (db: Db) =>
  db
    .select({ header: proposals, snapshot: proposalVersions.snapshot })
    .from(proposals)
    .innerJoin(
      proposalVersions,
      and(
        eq(proposalVersions.proposalId, proposals.id),
        eq(proposalVersions.version, proposals.version),
      ),
    );

/**
 * Reads. The content of a proposal is read from the snapshot of its current version, in one
 * statement: the child tables hold the same content for search and sums.
 */
export function proposalStore(db: Db) {
  const pageStatements = new Map<string, { execute(): Promise<unknown> }>();

  /** What access to a proposal depends on, without its content. */
  async function refOf(id: string): Promise<ProposalRef | null> {
    const [row] = await db
      .select({ status: proposals.status, leadAdministration: proposals.leadAdministration })
      .from(proposals)
      .where(eq(proposals.id, id));
    return row ?? null;
  }

  return {
    async find(id: string): Promise<StoredProposal | null> {
      const [row] = await current(db).where(eq(proposals.id, id));
      return row ? storedOf(row.header, contentOf(row.snapshot)) : null;
    },

    refOf,

    /** Several proposals in one statement, in no particular order; the missing left out. */
    async findMany(ids: readonly string[]): Promise<StoredProposal[]> {
      if (ids.length === 0) return [];
      const rows = await current(db).where(inArray(proposals.id, [...ids]));
      return rows.map((row) => storedOf(row.header, contentOf(row.snapshot)));
    },

    /** The current version as the tables hold it (see contentInTables). */
    async findInTables(id: string): Promise<StoredProposal | null> {
      const [header] = await db.select().from(proposals).where(eq(proposals.id, id));
      return header ? storedOf(header, await contentInTables(db, header)) : null;
    },

    async isEmpty(): Promise<boolean> {
      const [row] = await db.select({ id: proposals.id }).from(proposals).limit(1);
      return row === undefined;
    },

    async exists(id: string): Promise<boolean> {
      return (await refOf(id)) !== null;
    },

    /** Every proposal the filter selects, in no particular order (a round's, for its steps). */
    async list(filter: ProposalFilter): Promise<ProposalSummaryRecord[]> {
      return db
        .select(summaryColumns)
        .from(proposals)
        .where(and(...filtered(filter, proposals)));
    },

    /**
     * A page of what the user may see, filtered and sorted in the database; the total is summed
     * from proposal_counts by the same conditions, which name only columns both tables have.
     * The API answers with pageJson's writing of it; this is what that writing is held to.
     */
    async page(query: ProposalPageQuery): Promise<Page<ProposalSummaryRecord>> {
      return paged(
        query,
        db
          .select(summaryColumns)
          .from(proposals)
          .where(selected(query, proposals))
          .orderBy(...orderBy(query.sort, query.order))
          .limit(query.limit)
          .offset(query.offset),
        db
          .select({ n: sql<number>`coalesce(sum(${proposalCounts.n}), 0)::int` })
          .from(proposalCounts)
          .where(selected(query, proposalCounts))
          .then(([row]) => row?.n ?? 0),
      );
    },

    /**
     * The same page as `page`, as the API answers it (ProposalList): written by the database as
     * JSON in one statement with its total, so the server passes it on as text instead of
     * parsing, presenting, checking and writing 50 rows again per request.
     */
    async pageJson(query: ProposalPageQuery): Promise<string> {
      const key = JSON.stringify(query);
      let statement = pageStatements.get(key);
      if (!statement) {
        if (pageStatements.size >= PAGE_STATEMENTS_KEPT) pageStatements.clear();
        const built = dialect.sqlToQuery(pageJsonSql(query));
        statement = db._.session.prepareQuery(built, undefined, statementName(built.sql), false);
        pageStatements.set(key, statement);
      }
      const { rows } = (await statement.execute()) as { rows: { page: string }[] };
      return rows[0]!.page;
    },

    /** A page of the versions; none when the proposal does not exist (every one has version 1). */
    async listVersions(id: string, page: TimePageQuery): Promise<Page<VersionRecord>> {
      const of = eq(proposalVersions.proposalId, id);
      return paged(
        page,
        db
          .select({
            version: proposalVersions.version,
            savedAt: proposalVersions.savedAt,
            title: sql<string>`${proposalVersions.snapshot}->>'title'`,
          })
          .from(proposalVersions)
          .where(of)
          .orderBy((page.order === 'asc' ? asc : desc)(proposalVersions.version))
          .limit(page.limit)
          .offset(page.offset),
        db.$count(proposalVersions, of),
      );
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
        content: contentOf(row.snapshot),
      };
    },
  };
}

/**
 * Writes, given only to a transaction's stores (tx.proposals): a save is one transaction with
 * its audit entry, and never opens one of its own inside it.
 */
export function proposalWrites(tx: Db) {
  /**
   * Writes the parts of `content` that differ from `before` (all of them for a new proposal):
   * a save that changes one Tabel 1 cell rewrites Tabel 1's rows and nothing else.
   */
  async function writeParts(
    proposalId: string,
    content: ProposalContent,
    before: ProposalContent | null,
  ): Promise<void> {
    const changed = (of: (c: ProposalContent) => unknown) =>
      before === null || !isDeepStrictEqual(of(before), of(content));
    for (const { table, of } of LISTS) {
      if (!changed(of)) continue;
      if (before) await tx.delete(table).where(eq(table.proposalId, proposalId));
      const items = of(content);
      if (items.length > 0) {
        await tx
          .insert(table)
          .values(items.map((item, position) => ({ proposalId, position, ...item })));
      }
    }
    if (changed((c) => c.futureInvestment)) {
      if (before) {
        await tx.delete(futureInvestments).where(eq(futureInvestments.proposalId, proposalId));
      }
      if (content.futureInvestment) {
        await tx
          .insert(futureInvestments)
          .values(futureInvestmentRow(proposalId, content.futureInvestment));
      }
    }
    if (changed(searchedText)) await refreshSearchDocument(tx, proposalId);
  }

  async function keepVersion(header: HeaderRow, content: ProposalContent): Promise<void> {
    await tx.insert(proposalVersions).values({
      proposalId: header.id,
      version: header.version,
      status: header.status,
      snapshot: content,
      savedAt: header.updatedAt,
    });
  }

  return {
    /**
     * The proposal, its row locked until the transaction ends: a save reads what it replaces
     * once, and no other save can commit in between. Only inside a transaction.
     */
    async lock(id: string): Promise<StoredProposal | null> {
      // The lock first, on its own: a save that waited for another's lock must then read the
      // version that one committed, and in READ COMMITTED only a new statement sees it (a
      // locking join would recheck the new row against the old version rows, and find none).
      const [locked] = await tx
        .select({ id: proposals.id })
        .from(proposals)
        .where(eq(proposals.id, id))
        .for('update');
      if (!locked) return null;
      const [row] = await current(tx).where(eq(proposals.id, id));
      return row ? storedOf(row.header, contentOf(row.snapshot)) : null;
    },

    async insert(content: ProposalContent): Promise<StoredProposal> {
      const [header] = await tx.insert(proposals).values(headerOf(content)).returning();
      if (!header) throw new Error('insert returned no row');
      await writeParts(header.id, content, null);
      await keepVersion(header, content);
      return storedOf(header, content);
    },

    /**
     * Saves only when the proposal is still at `version`. The version check and the write are
     * one UPDATE, so of two saves from the same version exactly one wins, on any number of
     * app servers: the loser's UPDATE waits for the winner's row lock, then matches no row.
     */
    async update({
      id,
      version,
      content,
      status,
      before,
    }: {
      id: string;
      version: number;
      content: ProposalContent;
      /** A workflow step's new status; a save of content leaves the status as it is. */
      status?: ProposalStatus;
      /** The content at `version`, as the caller read it: the parts equal to it stay as they are. */
      before: ProposalContent;
    }): Promise<UpdateOutcome> {
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
        const [found] = await tx
          .select({ version: proposals.version })
          .from(proposals)
          .where(eq(proposals.id, id));
        return found ? { outcome: 'stale', currentVersion: found.version } : { outcome: 'missing' };
      }
      await writeParts(id, content, before);
      await keepVersion(header, content);
      return { outcome: 'updated', proposal: storedOf(header, content) };
    },
  };
}

export type ProposalStore = ReturnType<typeof proposalStore>;
