import { z } from 'zod';
import { isoDate } from '../proposal-schema.ts';

// A user's open reminders, for the inbox: what is due, on which proposal, and by when.

export const reminderItem = z.object({
  key: z.string(),
  kind: z.enum(['report', 'goal']),
  proposalId: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  /** The year a report is due for. */
  year: z.number().int().nullable(),
  goalId: z.uuid().nullable(),
  goal: z.string().nullable(),
  dueOn: isoDate,
  overdue: z.boolean(),
});
export type ReminderItemOutput = z.infer<typeof reminderItem>;

export const reminderList = z.object({ items: z.array(reminderItem) });
