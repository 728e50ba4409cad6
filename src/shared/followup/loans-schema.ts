import { z } from 'zod';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../domain/proposal.ts';
import { isoDate, thousandsAmount } from '../proposal-schema.ts';

// Internal loans on the wire: amounts in thousands of kroner with at most three decimals (whole
// kroner), as Tabel 1 is written; dates as ISO calendar dates. `version` 0 is a loan shown as
// its plan implies it, before the secretariat has recorded anything on it.

const positiveThousands = thousandsAmount.refine((v) => v > 0, 'skal være mere end 0');
const loanVersion = z.number().int().min(0).max(1_000_000);

export const instalmentInput = z.strictObject({ dueOn: isoDate, amount: positiveThousands });

export const loanTermsInput = z.strictObject({
  version: loanVersion,
  principal: positiveThousands,
  instalments: z.array(instalmentInput).min(1, 'angiv mindst én rate').max(60),
  reason: z.string().trim().min(1, 'skriv hvorfor planen ændres').max(2000),
});
export type LoanTermsInput = z.input<typeof loanTermsInput>;

export const loanPaymentInput = z.strictObject({
  version: loanVersion,
  paidOn: isoDate,
  amount: positiveThousands,
  note: z.string().max(2000).default(''),
});
export type LoanPaymentInput = z.input<typeof loanPaymentInput>;

export const INSTALMENT_STATES = ['paid', 'paid_late', 'part_paid', 'overdue', 'due'] as const;

const figures = {
  principal: z.number(),
  scheduled: z.number(),
  scheduleDifference: z.number(),
  repaid: z.number(),
  balance: z.number(),
  outstanding: z.number(),
  overpaid: z.number(),
  overdue: z.number(),
};

export const loanSummary = z.object({
  proposalId: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  administration: z.string().nullable(),
  /** The price level of the plan the loan was granted under. */
  priceLevelYear: z.number().int().nullable(),
  version: z.number().int(),
  /** `plan`: the schedule of the plan's loan rows; `secretariat`: one the secretariat set. */
  origin: z.enum(['plan', 'secretariat']),
  ...figures,
  nextDueOn: isoDate.nullable(),
});
export type LoanSummary = z.infer<typeof loanSummary>;

export const loanOutput = loanSummary.extend({
  /** The Copenhagen date the status is computed for. */
  today: isoDate,
  reason: z.string().nullable(),
  instalments: z.array(
    z.object({
      dueOn: isoDate,
      amount: z.number(),
      paid: z.number(),
      outstanding: z.number(),
      overdue: z.number(),
      settledOn: isoDate.nullable(),
      state: z.enum(INSTALMENT_STATES),
    }),
  ),
  payments: z.array(
    z.object({
      id: z.uuid(),
      paidOn: isoDate,
      amount: z.number(),
      note: z.string(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
});
export type LoanOutput = z.infer<typeof loanOutput>;

export const loanList = z.object({ items: z.array(loanSummary) });
export type LoanList = z.infer<typeof loanList>;
