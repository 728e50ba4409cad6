import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { moment } from '../../db/columns.ts';
import { users } from '../../db/schema.ts';

/**
 * One row per reminder and recipient, claimed before the e-mail is sent: the primary key lets
 * only one server (or one run after a restart) claim it, so a reminder is never sent twice. A
 * send that fails releases its claim, to be tried again at the next run.
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    reminderKey: text('reminder_key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    claimedAt: moment('claimed_at'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.reminderKey, t.userId] })],
);
