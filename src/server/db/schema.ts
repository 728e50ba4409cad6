import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Kroner } from '../../domain/money.ts';
import type { ImportCorrection, Mismatch, Unread } from '../../domain/import-findings.ts';
import type { PossibleDuplicate } from '../../domain/imports/duplicates.ts';
import type { OverviewLine } from '../../domain/imports/overview-line.ts';
import type { RoundOverview } from '../../import/overview.ts';
import { ROLES, type Role } from '../../domain/workflow/roles.ts';
import {
  AREAS,
  GOAL_GROUPS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RISK_LEVELS,
  ROW_SECTIONS,
  type Area,
  type GoalGroup,
  type ProposalContent,
  type StatedFigures,
  type ProposalKind,
  type ProposalStatus,
  type RiskLevel,
  type RowSection,
} from '../../domain/proposal.ts';
import { ROUND_PHASES, type RoundPhase } from '../../domain/rounds/rules.ts';
import { ROUND_KINDS, type RoundKind } from '../../shared/api-schemas.ts';

import { isoDate, kroner, kronerCells, moment, oneOf } from './columns.ts';

export const administrations = pgTable('administrations', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const committees = pgTable('committees', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const rounds = pgTable(
  'rounds',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').$type<RoundKind>().notNull(),
    year: integer('year').notNull(),
    opensOn: isoDate('opens_on'),
    deadline: isoDate('deadline'),
    decisionOn: isoDate('decision_on'),
    /** The p/l the money is paid in: OFS in its own year's, budget in next year's; null is `year`. */
    priceLevelYear: integer('price_level_year'),
    phase: text('phase').$type<RoundPhase>().notNull().default('open'),
    version: integer('version').notNull().default(1),
  },
  () => [
    check('rounds_kind', oneOf('kind', ROUND_KINDS)),
    check('rounds_phase', oneOf('phase', ROUND_PHASES)),
  ],
);

export const hearingBodies = pgTable('hearing_bodies', {
  name: text('name').primaryKey(),
});

/** The rules proposals of a year are judged by (SPEC.md section 3); a null cap is no cap. */
export const submissionRules = pgTable('submission_rules', {
  year: integer('year').primaryKey(),
  paybackLimitYears: integer('payback_limit_years').notNull(),
  capForanalyse: kroner('cap_foranalyse'),
  capInnovationsforslag: kroner('cap_innovationsforslag'),
  capInvesteringsforslag: kroner('cap_investeringsforslag'),
});

/** Pools nest: 375 mio. = 360 (investment) + 15 (innovation, of which 4 for pre-analyses). */
export const pools = pgTable(
  'pools',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    parentId: text('parent_id'),
    year: integer('year').notNull(),
    amount: kroner('amount').notNull(),
  },
  (t) => [foreignKey({ columns: [t.parentId], foreignColumns: [t.id] })],
);

/**
 * The price and wage index the secretariat keeps, per p/l year, in hundredths of a point
 * (102,80 is 10280): integers, so a conversion between years is an exact ratio. Each year has
 * its own version, so two people editing different years never conflict.
 */
export const priceIndices = pgTable(
  'price_indices',
  {
    year: integer('year').primaryKey(),
    points: integer('points').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: moment('updated_at'),
  },
  (t) => [
    check('price_indices_points', sql`${t.points} > 0`),
    check('price_indices_version', sql`${t.version} >= 1`),
  ],
);

export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull().default(1),
    status: text('status').$type<ProposalStatus>().notNull().default('draft'),
    createdAt: moment('created_at'),
    updatedAt: moment('updated_at'),
    code: text('code'),
    title: text('title').notNull(),
    kind: text('kind').$type<ProposalKind>().notNull(),
    summary: text('summary').notNull(),
    leadAdministration: text('lead_administration').references(() => administrations.code),
    affectedAdministrations: text('affected_administrations').array().notNull(),
    committee: text('committee').references(() => committees.code),
    roundId: text('round_id').references(() => rounds.id),
    originProposalId: uuid('origin_proposal_id'),
    description: text('description').notNull(),
    economyNarrative: text('economy_narrative').notNull(),
    priceLevelYear: integer('price_level_year'),
    years: integer('years').array().notNull(),
    stated: jsonb('stated').$type<ProposalContent['stated']>(),
    futureInvestmentNarrative: text('future_investment_narrative').notNull(),
    implementationNarrative: text('implementation_narrative').notNull(),
    riskLevel: text('risk_level').$type<RiskLevel>(),
    riskNarrative: text('risk_narrative').notNull(),
    adminEfficiency: text('admin_efficiency').notNull(),
    financeApproved: boolean('finance_approved'),
    financeApprovalDate: isoDate('finance_approval_date'),
    financeApprovalNote: text('finance_approval_note').notNull(),
    /** Tabel 1's implementation costs over all years, what the list shows and sorts by. */
    totalImplementation: kroner('total_implementation')
      .notNull()
      .default(0 as Kroner),
    // The lists' sort keys (danish_sort_key, migration 0017), kept in columns so they are
    // indexed and a page is read in order instead of sorting every proposal.
    codeKey: text('code_key').generatedAlwaysAs(sql`danish_sort_key(code)`),
    titleKey: text('title_key').generatedAlwaysAs(sql`danish_sort_key(title)`),
  },
  (t) => [
    foreignKey({ columns: [t.originProposalId], foreignColumns: [t.id] }),
    check('proposals_kind', oneOf('kind', PROPOSAL_KINDS)),
    check('proposals_status', oneOf('status', PROPOSAL_STATUSES)),
    check('proposals_risk_level', oneOf('risk_level', RISK_LEVELS)),
    check('proposals_version', sql`${t.version} >= 1`),
    index('proposals_lead_administration').on(t.leadAdministration),
    index('proposals_round').on(t.roundId),
    index('proposals_kind').on(t.kind),
    index('proposals_status').on(t.status),
    // One index per sort of the list, each ending in the tie-breaks the list orders by, so a page
    // in either direction is a scan of the index (see the proposal store's list).
    index('proposals_by_code').on(
      sql`${t.codeKey} collate "C" asc nulls last`,
      sql`${t.titleKey} collate "C"`,
      t.id,
    ),
    index('proposals_by_code_desc').on(
      sql`${t.codeKey} collate "C" desc nulls last`,
      sql`${t.titleKey} collate "C" desc`,
      sql`${t.id} desc`,
    ),
    index('proposals_by_title').on(sql`${t.titleKey} collate "C"`, t.id),
    index('proposals_by_updated').on(t.updatedAt, t.id),
    index('proposals_by_amount').on(t.totalImplementation, t.id),
  ],
);

/**
 * One number that moves on whenever a transaction commits a change to what lists and searches
 * show: proposals and their search documents (triggers of migration 0026). A server keeps the
 * answers it wrote with the number they were read at (db/answers.ts) and writes them again only
 * when it has moved, on whichever server the change was made.
 */
export const dataVersion = pgTable(
  'data_version',
  {
    single: boolean('single').primaryKey().default(true),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [check('data_version_single', sql`${t.single}`)],
);

/**
 * How many proposals there are of each kind, lead forvaltning, round and status, kept exact by
 * triggers on proposals (migration 0025): a list's total is a sum over these few rows instead of
 * a count of every proposal it selects, which at 10.000 proposals cost PostgreSQL more per page
 * than the page itself.
 */
export const proposalCounts = pgTable(
  'proposal_counts',
  {
    kind: text('kind').$type<ProposalKind>().notNull(),
    leadAdministration: text('lead_administration'),
    roundId: text('round_id'),
    status: text('status').$type<ProposalStatus>().notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    unique('proposal_counts_key')
      .on(t.kind, t.leadAdministration, t.roundId, t.status)
      .nullsNotDistinct(),
  ],
);

const proposalId = () =>
  uuid('proposal_id')
    .notNull()
    .references(() => proposals.id, { onDelete: 'cascade' });
const position = () => integer('position').notNull();

/** Tabel 2, one row per proposal that has one. */
export const futureInvestments = pgTable(
  'future_investments',
  {
    proposalId: proposalId().primaryKey(),
    expectedCostMin: kroner('expected_cost_min'),
    expectedCostMax: kroner('expected_cost_max'),
    expectedDecisionRound: text('expected_decision_round').notNull(),
    efficiencyPotentialMin: kroner('efficiency_potential_min'),
    efficiencyPotentialMax: kroner('efficiency_potential_max'),
    efficiencyArea: text('efficiency_area').$type<Area>(),
    crossCuttingEfficiency: boolean('cross_cutting_efficiency').notNull(),
    largeScalePotential: boolean('large_scale_potential').notNull(),
    matureNewTechnology: boolean('mature_new_technology').notNull(),
    note: text('note').notNull(),
  },
  () => [check('future_investments_area', oneOf('efficiency_area', AREAS))],
);

/** Tabel 1: one row per line, one cell per year of the proposal's `years`. */
export const economicRows = pgTable(
  'economic_rows',
  {
    proposalId: proposalId(),
    position: position(),
    label: text('label').notNull(),
    section: text('section').$type<RowSection>().notNull(),
    area: text('area').$type<Area>().notNull(),
    values: kronerCells('values').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.position] }),
    check('economic_rows_section', oneOf('section', ROW_SECTIONS)),
    check('economic_rows_area', oneOf('area', AREAS)),
  ],
);

/** Tabel 3. */
export const followUpGoals = pgTable(
  'follow_up_goals',
  {
    proposalId: proposalId(),
    position: position(),
    group: text('group').$type<GoalGroup>().notNull(),
    goal: text('goal').notNull(),
    measure: text('measure').notNull(),
    responsible: text('responsible').notNull(),
    when: text('when').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.position] }),
    check('follow_up_goals_group', oneOf('group', GOAL_GROUPS)),
  ],
);

export const risks = pgTable(
  'risks',
  {
    proposalId: proposalId(),
    position: position(),
    name: text('name').notNull(),
    level: text('level').$type<RiskLevel>(),
    mitigation: text('mitigation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.position] }),
    check('risks_level', oneOf('level', RISK_LEVELS)),
  ],
);

/** Tabel 5. */
export const partners = pgTable(
  'partners',
  {
    proposalId: proposalId(),
    position: position(),
    name: text('name').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.position] })],
);

/** Tabel 6. The body is free text: documents name bodies that are not on the list. */
export const hearings = pgTable(
  'hearings',
  {
    proposalId: proposalId(),
    position: position(),
    body: text('body').notNull(),
    heard: boolean('heard'),
    date: isoDate('date'),
    answer: text('answer').notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.position] })],
);

// Drizzle has no tsvector type; the value is only ever built and read by SQL, never by us.
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The full-text search document of each proposal's current version, weighted title A, summary
 * B, sections and Tabel 1 labels C, goals and risks D. Built by the SQL function
 * refresh_proposal_search (migrations 0003, 0005, 0007 and 0024), which every save calls: the
 * document spans the child tables, so a generated column on `proposals` cannot hold it.
 *
 * A search matches by the GIN index and then reads only these narrow rows: the document itself
 * is kept out of line (migration 0024), and the columns a search filters, counts and sorts by
 * are copied from the proposal (refresh_proposal_search, and a trigger when they change), so a
 * word found in every proposal does not make a search read every document.
 */
export const proposalSearch = pgTable(
  'proposal_search',
  {
    proposalId: proposalId().primaryKey(),
    document: tsvector('document').notNull(),
    /** The document's length in words, for ranking (migration 0007). */
    words: integer('words').notNull().default(0),
    kind: text('kind').$type<ProposalKind>(),
    leadAdministration: text('lead_administration'),
    roundId: text('round_id'),
    status: text('status').$type<ProposalStatus>(),
    titleKey: text('title_key'),
  },
  (t) => [index('proposal_search_document').using('gin', t.document)],
);

/**
 * Each word (lexeme) of each search document with its weight there: every occurrence counts
 * as ts_rank_cd weighs it (title 1, summary 0,4, sections 0,1, goals and risks 0,05), divided by
 * ln(1 + the document's words). A search ranks by summing its words' impacts, read in impact
 * order from the index, instead of ranking every matching document. Kept by
 * refresh_proposal_search.
 */
export const proposalSearchTerms = pgTable(
  'proposal_search_terms',
  {
    proposalId: proposalId(),
    lexeme: text('lexeme').notNull(),
    impact: real('impact').notNull(),
  },
  (t) => [
    index('proposal_search_terms_by_impact').on(t.lexeme, t.impact.desc(), t.proposalId),
    index('proposal_search_terms_by_proposal').on(t.proposalId),
  ],
);

/** The text a proposal's search snippets are cut from, kept by refresh_proposal_search too. */
export const proposalSearchText = pgTable('proposal_search_text', {
  proposalId: proposalId().primaryKey(),
  body: text('body').notNull(),
});

/**
 * Every saved version, as it was saved. The snapshot is the whole content in kroner, so a
 * version reads back without the child tables, which only hold the current version.
 */
export const proposalVersions = pgTable(
  'proposal_versions',
  {
    proposalId: proposalId(),
    version: integer('version').notNull(),
    status: text('status').$type<ProposalStatus>().notNull(),
    snapshot: jsonb('snapshot').$type<ProposalContent>().notNull(),
    savedAt: moment('saved_at'),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.version] })],
);

/** People who sign in: a local account has a password hash, one from the identity provider a subject. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  /** `issuer#sub`, the identity provider's stable name for the person. */
  oidcSubject: text('oidc_subject').unique(),
  /** Where follow-up reminders are e-mailed (issue 13); null: the inbox only. */
  email: text('email'),
  createdAt: moment('created_at'),
  updatedAt: moment('updated_at'),
});

/** A user's roles (SPEC.md section 2); authors and reviewers act for one forvaltning each. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    administration: text('administration').references(() => administrations.code),
    /** The body a hearing account answers for, by its name in Tabel 6. */
    hearingBody: text('hearing_body'),
  },
  (t) => [
    check('user_roles_role', oneOf('role', ROLES)),
    check('user_roles_hearing_body', sql`${t.hearingBody} is null or ${t.role} = 'hearing'`),
    check(
      'user_roles_scope',
      sql`(${t.role} in ('author', 'reviewer')) = (${t.administration} is not null)`,
    ),
    uniqueIndex('user_roles_unique').on(t.userId, t.role, sql`coalesce(${t.administration}, '')`),
  ],
);

/** Sessions live here, not in the app server, so any of several servers can answer a request. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a copy of this table signs nobody in. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: moment('created_at'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

/**
 * Sign-in attempts per username and address, username and address in the current window, shared
 * by all servers (see auth/throttle.ts). Counted before the password is checked, so the column
 * named `failures` counts attempts since the last successful sign-in.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  attempts: integer('failures').notNull(),
  /** No attempt under this key before then: the growing delay after the free attempts. */
  notBefore: timestamp('not_before', { withTimezone: true }),
});

/**
 * The audit log, append-only (a trigger refuses updates and deletes). Each entry carries the
 * hash of the one before; `at` keeps milliseconds only, so it reads back exactly as hashed.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: integer('seq').primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    proposalId: uuid('proposal_id'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    fromState: text('from_state'),
    toState: text('to_state'),
    detail: jsonb('detail').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entries_proposal').on(t.proposalId, t.seq),
    index('audit_entries_entity').on(t.entityType, t.entityId, t.seq),
    // The log of one kind of entity, newest first (GET /api/audit/entries?type=).
    index('audit_entries_by_type').on(t.entityType, t.seq),
  ],
);

/**
 * The newest entry's number and hash, in one row. Appends lock it, so entries are numbered
 * one at a time on any number of servers; it also reveals the newest entries deleted.
 */
export const auditHead = pgTable(
  'audit_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_head_single', sql`${t.id} = 1`)],
);

/**
 * The head as it stood at a moment, signed with the audit key. A copy kept outside the database
 * is what proves a rewind; the rows here let verify catch one made without deleting them too.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: integer('seq').primaryKey(),
  hash: text('hash').notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  signature: text('signature').notNull(),
});

/**
 * An uploaded document being read, or read, into draft proposals. The text is kept so a
 * reviewer sees each proposal's source beside what was read. Any app server reads the next
 * proposals of a document when asked; `readingUntil` is the lease that keeps two from reading
 * the same one, and lapses by itself if a server stops mid-step.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    sourceText: text('source_text').notNull(),
    total: integer('total').notNull(),
    /** Read from a PDF: its text keeps the columns of the page (see import/pdf.ts). */
    fromPdf: boolean('from_pdf').notNull().default(false),
    readingUntil: timestamp('reading_until', { withTimezone: true }),
    createdAt: moment('created_at'),
    /** A round's overview (bilag) the document holds outside its proposals, as read. */
    overview: jsonb('overview').$type<RoundOverview>(),
    /** The round the secretariat read the overview into, and when. */
    overviewRoundId: text('overview_round_id').references(() => rounds.id),
    overviewReadAt: timestamp('overview_read_at', { withTimezone: true }),
  },
  (t) => [
    // A document is imported for its proposals, or for its overview alone.
    check('imports_total', sql`${t.total} >= 1 or ${t.overview} is not null`),
    index('imports_by_overview_round').on(t.overviewRoundId),
    index('imports_by_created').on(t.createdAt, t.id),
  ],
);

/**
 * One proposal read from an import: a draft proposal, plus what the review needs. Until
 * `acceptedAt` is set the draft is marked as imported and awaiting review. A reading that looks
 * like a proposal already in the system is `held` instead, with the proposals it matches in
 * `duplicates`, and no draft exists until the reviewer creates it anyway (or skips it).
 */
export const importedProposals = pgTable(
  'imported_proposals',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    proposalId: uuid('proposal_id').references(() => proposals.id, { onDelete: 'cascade' }),
    startLine: integer('start_line').notNull(),
    endLine: integer('end_line').notNull(),
    unread: jsonb('unread').$type<Unread[]>().notNull(),
    mismatches: jsonb('mismatches').$type<Mismatch[]>().notNull(),
    computedPayback: jsonb('computed_payback').$type<StatedFigures['payback']>(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** The round the document names for the proposal ("OFS 2024-2025"), to know its code by. */
    round: text('round'),
    /** What was read, kept while no draft is created (a possible duplicate). */
    held: jsonb('held').$type<ProposalContent>(),
    duplicates: jsonb('duplicates').$type<PossibleDuplicate[]>().notNull().default([]),
    skippedAt: timestamp('skipped_at', { withTimezone: true }),
    /** What the reviewer corrected of the reading before accepting it, in order. */
    corrections: jsonb('corrections').$type<ImportCorrection[]>().notNull().default([]),
    /** Its line in the round's overview of the same document, compared anew after corrections. */
    overviewLine: jsonb('overview_line').$type<OverviewLine>(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.position] }),
    uniqueIndex('imported_proposals_proposal').on(t.proposalId),
    check(
      'imported_proposals_draft_or_held',
      sql`${t.proposalId} is not null or ${t.held} is not null`,
    ),
  ],
);

/** Comments on a proposal (issue 4), read by whoever may see the proposal. */
export const proposalComments = pgTable(
  'proposal_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: proposalId(),
    /** Null once the account is gone; the name stays as it was written. */
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: moment('created_at'),
  },
  (t) => [index('proposal_comments_proposal').on(t.proposalId, t.createdAt)],
);

export * from '../rounds/tables.ts';
export * from '../followup/loans/tables.ts';
export * from '../followup/goals/tables.ts';
export * from '../followup/reminders/tables.ts';
export * from '../followup/realised/tables.ts';
