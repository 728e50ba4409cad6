import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { SavingsTarget } from '../../../domain/followup/realised-portfolio.ts';
import { kronerCells, moment } from '../../db/columns.ts';
import { proposals, users } from '../../db/schema.ts';

// Realised figures of granted proposals, one row per proposal and year with a cell per row of
// the plan (Tabel 1 as decided), and the secretariat's follow-up settings.

/** What a forvaltning reported for one year of a plan. */
export const realisedReports = pgTable(
  'realised_reports',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    version: integer('version').notNull().default(1),
    /** One cell per plan row at the plan's price level; null is a row not reported. */
    amounts: kronerCells('amounts').notNull(),
    /** The cells as reported, at `reportedPriceLevelYear`, before conversion. */
    reported: kronerCells('reported').notNull(),
    reportedPriceLevelYear: integer('reported_price_level_year'),
    comments: jsonb('comments').$type<string[]>().notNull(),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.year] }),
    check('realised_reports_version', sql`${t.version} >= 1`),
  ],
);

/** The one row of follow-up settings; absent until the secretariat first saves them. */
export const followUpSettings = pgTable(
  'follow_up_settings',
  {
    id: text('id').primaryKey().default('settings'),
    version: integer('version').notNull().default(1),
    lagThresholdPercent: integer('lag_threshold_percent').notNull(),
    reportDueMonth: integer('report_due_month').notNull(),
    reportDueDay: integer('report_due_day').notNull(),
    /** Savings targets per year, for the portfolio (administration null) or a forvaltning. */
    targets: jsonb('targets').$type<SavingsTarget[]>().notNull(),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    check('follow_up_settings_one', sql`${t.id} = 'settings'`),
    check('follow_up_settings_threshold', sql`${t.lagThresholdPercent} between 0 and 100`),
  ],
);
