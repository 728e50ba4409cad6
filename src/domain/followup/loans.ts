import { sumKroner, type Kroner } from '../money.ts';
import type { EconomicTable } from '../proposal.ts';
import type { GrantedYear } from '../rounds/decisions.ts';
import { isOverdue, type IsoDate } from './dates.ts';

// Internal loans (SPEC.md section 9): an innovation case or pre-analysis the pool funds as a loan
// repays it by a schedule. What was lent is what the pool paid out; the schedule comes from the
// plan's loan rows ("Tilbagebetalingsplan på internt lån") unless the secretariat sets it. The
// schedule need not add up to the loan (seed 002 repays 2 x 610 against 1.200 lent), so the
// difference is shown, never smoothed away. Payments settle instalments oldest first.

/** Kinds the pool may fund as a loan; an investment case pays back through its savings. */
export const LOAN_KINDS = ['foranalyse', 'innovationsforslag'] as const;

export interface Instalment {
  dueOn: IsoDate;
  /** Kroner to repay, more than zero. */
  amount: Kroner;
}

export interface LoanTerms {
  /** What the pool lent: the implementation costs it paid out. */
  principal: Kroner;
  instalments: Instalment[];
}

export interface LoanPayment {
  paidOn: IsoDate;
  /** Kroner paid, more than zero. */
  amount: Kroner;
}

/**
 * A plan's yearly repayment falls due on the last day of its year: Tabel 1 gives only the year,
 * and the municipality's accounts for a year close on 31 December.
 */
export const instalmentDueOn = (year: number): IsoDate => `${year}-12-31`;

/**
 * The terms a plan implies: the granted amounts as the principal, and each year whose loan rows
 * sum below zero as an instalment of that sum. Null when the plan has no repayment.
 */
export function termsFromPlan(plan: {
  table: EconomicTable;
  granted: readonly GrantedYear[];
}): LoanTerms | null {
  const loanRows = plan.table.rows.filter((row) => row.section === 'loan');
  const instalments = plan.table.years.flatMap((year, i) => {
    const sum = sumKroner(loanRows.map((row) => row.values[i] ?? null));
    return sum < 0 ? [{ dueOn: instalmentDueOn(year), amount: -sum as Kroner }] : [];
  });
  if (instalments.length === 0) return null;
  return { principal: sumKroner(plan.granted.map((g) => g.amount)), instalments };
}

export type InstalmentState = 'paid' | 'paid_late' | 'part_paid' | 'overdue' | 'due';

export interface InstalmentStatus extends Instalment {
  paid: Kroner;
  outstanding: Kroner;
  /** What is left of it after its due date has passed; 0 otherwise. */
  overdue: Kroner;
  /** The date of the payment that settled it in full, or null. */
  settledOn: IsoDate | null;
  state: InstalmentState;
}

export interface LoanStatus {
  principal: Kroner;
  /** What the schedule asks in all. */
  scheduled: Kroner;
  /** Scheduled minus lent: what the schedule asks beyond the loan (negative: short of it). */
  scheduleDifference: Kroner;
  repaid: Kroner;
  /** Lent minus repaid (negative: repaid more than was lent). */
  balance: Kroner;
  /** What the schedule still asks. */
  outstanding: Kroner;
  /** Paid beyond the whole schedule. */
  overpaid: Kroner;
  overdue: Kroner;
  instalments: InstalmentStatus[];
}

const byDate =
  <T>(dateOf: (x: T) => IsoDate) =>
  (a: T, b: T) =>
    dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0;

/** The loan on `today` (a Copenhagen date): each payment settles the oldest instalment first. */
export function loanStatus(
  terms: LoanTerms,
  payments: readonly LoanPayment[],
  today: IsoDate,
): LoanStatus {
  // A stable sort: payments of one day settle in the order they were recorded.
  const queue = [...payments].sort(byDate((p) => p.paidOn)).map((p) => ({ ...p }));
  const instalments = [...terms.instalments]
    .sort(byDate((i) => i.dueOn))
    .map((instalment): InstalmentStatus => {
      let paid = 0;
      let settledOn: IsoDate | null = null;
      while (paid < instalment.amount && queue.length > 0) {
        const payment = queue[0]!;
        const used = Math.min(payment.amount, instalment.amount - paid);
        paid += used;
        payment.amount = (payment.amount - used) as Kroner;
        if (payment.amount === 0) queue.shift();
        if (paid === instalment.amount) settledOn = payment.paidOn;
      }
      const outstanding = (instalment.amount - paid) as Kroner;
      const late = isOverdue(instalment.dueOn, today);
      const state: InstalmentState =
        settledOn !== null
          ? settledOn > instalment.dueOn
            ? 'paid_late'
            : 'paid'
          : late
            ? 'overdue'
            : paid > 0
              ? 'part_paid'
              : 'due';
      return {
        ...instalment,
        paid: paid as Kroner,
        outstanding,
        overdue: (late ? outstanding : 0) as Kroner,
        settledOn,
        state,
      };
    });
  const scheduled = sumKroner(terms.instalments.map((i) => i.amount));
  const repaid = sumKroner(payments.map((p) => p.amount));
  return {
    principal: terms.principal,
    scheduled,
    scheduleDifference: (scheduled - terms.principal) as Kroner,
    repaid,
    balance: (terms.principal - repaid) as Kroner,
    outstanding: Math.max(scheduled - repaid, 0) as Kroner,
    overpaid: Math.max(repaid - scheduled, 0) as Kroner,
    overdue: sumKroner(instalments.map((i) => i.overdue)),
    instalments,
  };
}
