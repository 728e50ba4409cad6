import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Instalment, LoanTerms } from '../../../domain/followup/loans.ts';
import { LOAN_KINDS } from '../../../domain/followup/loans.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { ProposalKind, ProposalStatus } from '../../../domain/proposal.ts';
import type { Plan } from '../../../domain/rounds/decisions.ts';
import type { Db } from '../../db/database.ts';
import { proposalPlans, proposals, users } from '../../db/schema.ts';
import { loanInstalments, loanPayments, loans, type LoanOrigin } from './tables.ts';

// Reads and writes of internal loans. A loan candidate is a granted proposal of a kind the pool
// lends to, with its plan; whether it is a loan follows from its plan or a recorded row.

export interface LoanCandidate {
  proposalId: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  status: ProposalStatus;
  administration: string | null;
  roundId: string;
  plan: Pick<Plan, 'table' | 'granted'>;
}

export interface RecordedLoan {
  terms: LoanTerms;
  origin: LoanOrigin;
  reason: string | null;
  version: number;
}

export interface PaymentRecord {
  id: string;
  paidOn: string;
  amount: Kroner;
  note: string;
  recordedAt: Date;
  recordedBy: string | null;
}

export function loanStore(db: Db) {
  async function instalmentsOf(ids: string[]): Promise<Map<string, Instalment[]>> {
    const rows = ids.length
      ? await db
          .select()
          .from(loanInstalments)
          .where(inArray(loanInstalments.proposalId, ids))
          .orderBy(asc(loanInstalments.position))
      : [];
    const byLoan = new Map<string, Instalment[]>();
    for (const row of rows) {
      const list = byLoan.get(row.proposalId) ?? [];
      list.push({ dueOn: row.dueOn, amount: row.amount });
      byLoan.set(row.proposalId, list);
    }
    return byLoan;
  }

  return {
    /** Granted proposals of the lending kinds with their plans; one when `proposalId` is given. */
    async candidates(proposalId?: string): Promise<LoanCandidate[]> {
      const rows = await db
        .select({
          proposalId: proposals.id,
          code: proposals.code,
          title: proposals.title,
          kind: proposals.kind,
          status: proposals.status,
          administration: proposals.leadAdministration,
          roundId: proposalPlans.roundId,
          table: proposalPlans.table,
          granted: proposalPlans.granted,
        })
        .from(proposalPlans)
        .innerJoin(proposals, eq(proposals.id, proposalPlans.proposalId))
        .where(
          and(
            inArray(proposals.kind, [...LOAN_KINDS]),
            proposalId ? eq(proposals.id, proposalId) : undefined,
          ),
        );
      return rows.map(({ table, granted, ...rest }) => ({ ...rest, plan: { table, granted } }));
    },

    /** The recorded loans among `ids`, with their instalments. */
    async recorded(ids: string[]): Promise<Map<string, RecordedLoan>> {
      if (ids.length === 0) return new Map();
      const [rows, instalments] = await Promise.all([
        db.select().from(loans).where(inArray(loans.proposalId, ids)),
        instalmentsOf(ids),
      ]);
      return new Map(
        rows.map((row) => [
          row.proposalId,
          {
            terms: { principal: row.principal, instalments: instalments.get(row.proposalId) ?? [] },
            origin: row.origin,
            reason: row.reason,
            version: row.version,
          },
        ]),
      );
    },

    async payments(ids: string[]): Promise<Map<string, PaymentRecord[]>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({
          proposalId: loanPayments.proposalId,
          id: loanPayments.id,
          paidOn: loanPayments.paidOn,
          amount: loanPayments.amount,
          note: loanPayments.note,
          recordedAt: loanPayments.recordedAt,
          recordedBy: users.name,
        })
        .from(loanPayments)
        .leftJoin(users, eq(users.id, loanPayments.recordedBy))
        .where(inArray(loanPayments.proposalId, ids))
        .orderBy(asc(loanPayments.paidOn), asc(loanPayments.recordedAt));
      const byLoan = new Map<string, PaymentRecord[]>();
      for (const { proposalId, ...payment } of rows) {
        const list = byLoan.get(proposalId) ?? [];
        list.push(payment);
        byLoan.set(proposalId, list);
      }
      return byLoan;
    },

    /**
     * Writes `terms` as the loan's next version on top of `version` (0: not recorded yet). False
     * when someone else wrote it meanwhile; the caller's transaction then writes nothing.
     */
    async writeTerms(w: {
      proposalId: string;
      version: number;
      terms: LoanTerms;
      origin: LoanOrigin;
      reason: string | null;
      userId: string | null;
    }): Promise<boolean> {
      const values = {
        principal: w.terms.principal,
        origin: w.origin,
        reason: w.reason,
        updatedBy: w.userId,
      };
      const written =
        w.version === 0
          ? await db
              .insert(loans)
              .values({ proposalId: w.proposalId, ...values })
              .onConflictDoNothing()
              .returning({ version: loans.version })
          : await db
              .update(loans)
              .set({ ...values, version: sql`${loans.version} + 1`, updatedAt: sql`now()` })
              .where(and(eq(loans.proposalId, w.proposalId), eq(loans.version, w.version)))
              .returning({ version: loans.version });
      if (written.length === 0) return false;
      await db.delete(loanInstalments).where(eq(loanInstalments.proposalId, w.proposalId));
      await db.insert(loanInstalments).values(
        w.terms.instalments.map((instalment, position) => ({
          proposalId: w.proposalId,
          position,
          ...instalment,
        })),
      );
      return true;
    },

    /** Moves a recorded loan from `version` to the next; false when it is no longer there. */
    async bump(proposalId: string, version: number, userId: string | null): Promise<boolean> {
      const bumped = await db
        .update(loans)
        .set({ version: sql`${loans.version} + 1`, updatedAt: sql`now()`, updatedBy: userId })
        .where(and(eq(loans.proposalId, proposalId), eq(loans.version, version)))
        .returning({ version: loans.version });
      return bumped.length > 0;
    },

    async addPayment(p: {
      proposalId: string;
      paidOn: string;
      amount: Kroner;
      note: string;
      userId: string | null;
    }): Promise<string> {
      const [row] = await db
        .insert(loanPayments)
        .values({
          proposalId: p.proposalId,
          paidOn: p.paidOn,
          amount: p.amount,
          note: p.note,
          recordedBy: p.userId,
        })
        .returning({ id: loanPayments.id });
      return row!.id;
    },
  };
}

export type LoanStore = ReturnType<typeof loanStore>;
