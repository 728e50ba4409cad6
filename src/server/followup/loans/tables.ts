import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { isoDate, kroner, moment, oneOf } from '../../db/columns.ts';
import { proposals, users } from '../../db/schema.ts';

// Internal loans: the terms the secretariat recorded (or took over from the plan at the first
// record) and the payments. A loan no one has recorded anything on has no row: it is what its
// plan implies, computed when read.

export const LOAN_ORIGINS = ['plan', 'secretariat'] as const;
export type LoanOrigin = (typeof LOAN_ORIGINS)[number];

export const loans = pgTable(
  'loans',
  {
    proposalId: uuid('proposal_id')
      .primaryKey()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    principal: kroner('principal').notNull(),
    origin: text('origin').$type<LoanOrigin>().notNull(),
    /** Why the secretariat set terms other than the plan's. */
    reason: text('reason'),
    version: integer('version').notNull().default(1),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    check('loans_principal', sql`${t.principal} > 0`),
    check('loans_origin', oneOf('origin', LOAN_ORIGINS)),
    check('loans_reason', sql`${t.origin} = 'plan' or ${t.reason} is not null`),
  ],
);

export const loanInstalments = pgTable(
  'loan_instalments',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => loans.proposalId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    dueOn: isoDate('due_on').notNull(),
    amount: kroner('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.position] }),
    check('loan_instalments_amount', sql`${t.amount} > 0`),
  ],
);

export const loanPayments = pgTable(
  'loan_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => loans.proposalId, { onDelete: 'cascade' }),
    paidOn: isoDate('paid_on').notNull(),
    amount: kroner('amount').notNull(),
    note: text('note').notNull().default(''),
    recordedAt: moment('recorded_at'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('loan_payments_amount', sql`${t.amount} > 0`),
    index('loan_payments_proposal').on(t.proposalId, t.paidOn),
  ],
);
