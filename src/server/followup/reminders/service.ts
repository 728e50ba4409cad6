import { copenhagenDate } from '../../../domain/followup/dates.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import {
  dueReminders,
  type FollowUpRules,
  type Reminder,
} from '../../../domain/followup/reminders.ts';
import { anyRole, type SignedInUser } from '../../auth/actor.ts';
import type { DataAccess } from '../../data-access.ts';
import type { Mailer } from './mailer.ts';
import { reminderMail } from './message.ts';
import type { PlanOfProposal } from './store.ts';

// Reminders of what falls due in follow-up: the yearly reports of granted proposals and their
// goals' follow-up dates. The people responsible, the proposal's own forvaltning's authors and
// reviewers, see them in their inbox and, when SMTP is configured, get one e-mail each: the
// (reminder, recipient) row is claimed in the database before sending, so no restart and no
// second server sends it again.

export interface ReminderItem {
  reminder: Reminder;
  plan: PlanOfProposal;
}

export interface SendReport {
  sent: number;
  failed: number;
}

/** Whose reminders they are: the forvaltning's own people, as the goals are theirs to keep. */
const responsibleFor = (user: SignedInUser, administration: string | null) =>
  anyRole(
    user,
    (a) => (a.role === 'author' || a.role === 'reviewer') && a.administration === administration,
  );

export function reminderService(
  access: DataAccess,
  { clock, rules }: { clock: () => Date; rules: FollowUpRules },
) {
  async function due(): Promise<ReminderItem[]> {
    const [all, reportedYears] = await Promise.all([
      access.reminders.plans(),
      access.realised.reportedYears(),
    ]);
    const plans = all.filter((p) => isReporting(p.status));
    const reported = new Set(reportedYears.map((r) => `${r.proposalId}:${r.year}`));
    const byId = new Map(plans.map((p) => [p.proposalId, p]));
    const goals = (await access.goals.all()).filter((g) => byId.has(g.proposalId));
    const measured = await access.goals.measurements(goals.map((g) => g.id));
    const reminders = dueReminders({
      plans,
      goals: goals.map((g) => ({
        ...g,
        measuredOn: measured.filter((m) => m.goalId === g.id).map((m) => m.measuredOn),
      })),
      reported: (proposalId, year) => reported.has(`${proposalId}:${year}`),
      rules,
      today: copenhagenDate(clock()),
    });
    return reminders.map((reminder) => ({ reminder, plan: byId.get(reminder.proposalId)! }));
  }

  return {
    /** The reminders open for the user: those of their own forvaltning's granted proposals. */
    async remindersFor({ user }: { user: SignedInUser }): Promise<ReminderItem[]> {
      return (await due()).filter((item) => responsibleFor(user, item.plan.administration));
    },

    /** E-mails each open reminder once to each person responsible who has an address. */
    async sendDueReminders({ mailer }: { mailer: Mailer }): Promise<SendReport> {
      const items = await due();
      const administrations = [
        ...new Set(items.flatMap((i) => (i.plan.administration ? [i.plan.administration] : []))),
      ];
      const recipients = await access.reminders.recipients(administrations);
      const report: SendReport = { sent: 0, failed: 0 };
      for (const { reminder, plan } of items) {
        for (const to of recipients.filter((r) => r.administration === plan.administration)) {
          if (!(await access.reminders.claim(reminder.key, to.userId, to.email))) continue;
          try {
            await mailer.send({ to: to.email, ...reminderMail(reminder, plan, to) });
            await access.reminders.markSent(reminder.key, to.userId);
            report.sent++;
          } catch {
            // Not sent: let the next run try again rather than lose the reminder.
            await access.reminders.release(reminder.key, to.userId);
            report.failed++;
          }
        }
      }
      return report;
    },
  };
}
