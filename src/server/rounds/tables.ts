import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  OUTCOMES,
  RECOMMENDATIONS,
  type GrantedYear,
  type Outcome,
  type Recommendation,
} from '../../domain/rounds/decisions.ts';
import type { RoundRules } from '../../domain/rounds/rules.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import { isoDate, moment, oneOf } from '../db/columns.ts';
import { proposals, rounds, users } from '../db/schema.ts';

// A round's rules, scores, decisions and the plans of what was granted. The rules are kept per
// version: a frozen round's rules are never changed in place, a change is a new version with a
// reason, so a figure computed under version 2 can still be explained after version 3.

/** The content of one version of a round's rules; the key and reason are columns of their own. */
export type RoundRulesContent = Omit<RoundRules, 'roundId' | 'version' | 'reason'>;

export const roundRules = pgTable(
  'round_rules',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<RoundRulesContent>().notNull(),
    reason: text('reason'),
    createdAt: moment('created_at'),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.version] }),
    check('round_rules_version', sql`${t.version} >= 1`),
    // Only the first version may come without a reason.
    check('round_rules_reason', sql`${t.version} = 1 or ${t.reason} is not null`),
  ],
);

/** The secretariat's score of a proposal on one of the round's criteria. */
export const proposalScores = pgTable(
  'proposal_scores',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
    score: integer('score').notNull(),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.proposalId, t.criterionKey] })],
);

/** The secretariat's recommendation and the political body's decision on a proposal in a round. */
export const roundDecisions = pgTable(
  'round_decisions',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(1),
    recommendation: text('recommendation').$type<Recommendation>(),
    recommendationNote: text('recommendation_note').notNull().default(''),
    outcome: text('outcome').$type<Outcome>(),
    decidedOn: isoDate('decided_on'),
    decidingBody: text('deciding_body'),
    decisionText: text('decision_text').notNull().default(''),
    postponedToRoundId: text('postponed_to_round_id').references(() => rounds.id),
    rulesVersion: integer('rules_version'),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.proposalId] }),
    check('round_decisions_recommendation', oneOf('recommendation', RECOMMENDATIONS)),
    check('round_decisions_outcome', oneOf('outcome', OUTCOMES)),
    check(
      'round_decisions_postponed_to',
      sql`(${t.outcome} = 'postponed') = (${t.postponedToRoundId} is not null)`,
    ),
    index('round_decisions_proposal').on(t.proposalId),
  ],
);

/** A granted proposal's plan: Tabel 1 as decided (kroner) and what the pool pays per year. */
export const proposalPlans = pgTable(
  'proposal_plans',
  {
    proposalId: uuid('proposal_id')
      .primaryKey()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    poolKey: text('pool_key').notNull(),
    rulesVersion: integer('rules_version').notNull(),
    decidedOn: isoDate('decided_on').notNull(),
    table: jsonb('table').$type<EconomicTable>().notNull(),
    granted: jsonb('granted').$type<GrantedYear[]>().notNull(),
    createdAt: moment('created_at'),
  },
  (t) => [index('proposal_plans_round').on(t.roundId)],
);
