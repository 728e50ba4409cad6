import { kronerToThousands } from '../../../domain/money.ts';
import type { LoanOutput, LoanSummary } from '../../../shared/followup/loans-schema.ts';
import type { LoanView } from './service.ts';

// A loan as the API shows it: kroner become thousands of kroner, as Tabel 1 is written.

const k = kronerToThousands;

export function presentLoanSummary(view: LoanView): LoanSummary {
  const { status } = view;
  const next = status.instalments.find((i) => i.outstanding > 0);
  return {
    ...view.proposal,
    priceLevelYear: view.priceLevelYear,
    version: view.version,
    origin: view.origin,
    principal: k(status.principal),
    scheduled: k(status.scheduled),
    scheduleDifference: k(status.scheduleDifference),
    repaid: k(status.repaid),
    balance: k(status.balance),
    outstanding: k(status.outstanding),
    overpaid: k(status.overpaid),
    overdue: k(status.overdue),
    nextDueOn: next?.dueOn ?? null,
  };
}

export function presentLoan(view: LoanView): LoanOutput {
  return {
    ...presentLoanSummary(view),
    today: view.today,
    reason: view.reason,
    instalments: view.status.instalments.map((i) => ({
      dueOn: i.dueOn,
      amount: k(i.amount),
      paid: k(i.paid),
      outstanding: k(i.outstanding),
      overdue: k(i.overdue),
      settledOn: i.settledOn,
      state: i.state,
    })),
    payments: view.payments.map((p) => ({
      id: p.id,
      paidOn: p.paidOn,
      amount: k(p.amount),
      note: p.note,
      recordedBy: p.recordedBy,
      recordedAt: p.recordedAt.toISOString(),
    })),
  };
}
