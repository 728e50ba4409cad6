import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { ProposalStatus } from '../../../domain/proposal.ts';
import type { Db } from '../../db/database.ts';
import { proposalPlans, proposals, userRoles, users } from '../../db/schema.ts';
import { reminderDeliveries } from './tables.ts';

// What reminders are computed from (the granted plans, who is responsible), and the claims that
// keep each e-mail to one.

export interface PlanOfProposal {
  proposalId: string;
  code: string | null;
  title: string;
  status: ProposalStatus;
  administration: string | null;
  years: number[];
  decidedOn: string;
}

export interface Recipient {
  userId: string;
  name: string;
  email: string;
  administration: string;
}

export function reminderStore(db: Db) {
  return {
    async plans(): Promise<PlanOfProposal[]> {
      const rows = await db
        .select({
          proposalId: proposals.id,
          code: proposals.code,
          title: proposals.title,
          status: proposals.status,
          administration: proposals.leadAdministration,
          table: proposalPlans.table,
          decidedOn: proposalPlans.decidedOn,
        })
        .from(proposalPlans)
        .innerJoin(proposals, eq(proposals.id, proposalPlans.proposalId));
      return rows.map(({ table, ...row }) => ({ ...row, years: table.years }));
    },

    /** The forvaltninger's own people (authors and reviewers) who have an e-mail address. */
    async recipients(administrations: string[]): Promise<Recipient[]> {
      if (administrations.length === 0) return [];
      const rows = await db
        .selectDistinct({
          userId: users.id,
          name: users.name,
          email: users.email,
          administration: userRoles.administration,
        })
        .from(userRoles)
        .innerJoin(users, eq(users.id, userRoles.userId))
        .where(
          and(
            inArray(userRoles.role, ['author', 'reviewer']),
            inArray(userRoles.administration, administrations),
            isNotNull(users.email),
          ),
        );
      return rows.flatMap((r) =>
        r.email && r.administration
          ? [{ ...r, email: r.email, administration: r.administration }]
          : [],
      );
    },

    /** True for the one caller that claims the pair first, on any server, ever. */
    async claim(reminderKey: string, userId: string, email: string): Promise<boolean> {
      const claimed = await db
        .insert(reminderDeliveries)
        .values({ reminderKey, userId, email })
        .onConflictDoNothing()
        .returning({ key: reminderDeliveries.reminderKey });
      return claimed.length === 1;
    },

    async markSent(reminderKey: string, userId: string): Promise<void> {
      await db
        .update(reminderDeliveries)
        .set({ sentAt: new Date() })
        .where(
          and(
            eq(reminderDeliveries.reminderKey, reminderKey),
            eq(reminderDeliveries.userId, userId),
          ),
        );
    },

    async release(reminderKey: string, userId: string): Promise<void> {
      await db
        .delete(reminderDeliveries)
        .where(
          and(
            eq(reminderDeliveries.reminderKey, reminderKey),
            eq(reminderDeliveries.userId, userId),
          ),
        );
    },
  };
}
