import { describe, expect, it } from 'vitest';
import { sofBifDatadeling } from '../../server/demo/proposals/sof-bif-datadeling.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import { kroner, type Kroner } from '../money.ts';
import { askedPerYear } from '../rounds/decisions-plan.ts';
import { loanStatus, termsFromPlan, type LoanPayment, type LoanTerms } from './loans.ts';

// Seed 002's SOF/BIF pre-analysis: the pool lends 1.200 (thousand kroner) in 2025 and the plan's
// loan row repays 610 in 2026 and 610 in 2027, 20 more than was lent.

const table = proposalContentInput.parse(sofBifDatadeling).economy;
const terms = termsFromPlan({ table, granted: askedPerYear(table).filter((g) => g.amount !== 0) })!;
const kr = (thousands: number) => kroner(thousands * 1000);
const pay = (paidOn: string, thousands: number): LoanPayment => ({ paidOn, amount: kr(thousands) });

describe('the terms a plan implies', () => {
  it('lends what was granted and repays each year its loan rows sum below zero, due 31 December', () => {
    expect(terms).toEqual({
      principal: kr(1200),
      instalments: [
        { dueOn: '2026-12-31', amount: kr(610) },
        { dueOn: '2027-12-31', amount: kr(610) },
      ],
    });
  });

  it('gives no loan when the plan has no repayment (the 0 in 2025 is no instalment)', () => {
    const noLoan = { ...table, rows: table.rows.filter((r) => r.section !== 'loan') };
    expect(termsFromPlan({ table: noLoan, granted: [] })).toBeNull();
  });
});

describe('seed 002: 2 x 610 repaid against 1.200 lent', () => {
  it('shows the schedule asking 20 more than was lent before anything is paid', () => {
    const status = loanStatus(terms, [], '2026-06-01');
    expect(status).toMatchObject({
      principal: kr(1200),
      scheduled: kr(1220),
      scheduleDifference: kr(20),
      repaid: 0,
      balance: kr(1200),
      outstanding: kr(1220),
      overdue: 0,
    });
    expect(status.instalments.map((i) => i.state)).toEqual(['due', 'due']);
  });

  it('after the first 610 on time: 590 left of the loan, 610 left of the schedule', () => {
    const status = loanStatus(terms, [pay('2026-11-20', 610)], '2027-03-01');
    expect(status).toMatchObject({
      repaid: kr(610),
      balance: kr(590),
      outstanding: kr(610),
      overdue: 0,
    });
    expect(status.instalments[0]).toMatchObject({ state: 'paid', settledOn: '2026-11-20' });
    expect(status.instalments[1]).toMatchObject({ state: 'due', paid: 0 });
  });

  it('after both: repaid 1.220, the balance is 20 repaid beyond the loan, nothing outstanding', () => {
    const status = loanStatus(
      terms,
      [pay('2026-11-20', 610), pay('2027-12-01', 610)],
      '2028-01-01',
    );
    expect(status).toMatchObject({
      repaid: kr(1220),
      balance: kr(-20),
      outstanding: 0,
      overpaid: 0,
      overdue: 0,
    });
  });
});

describe('partial, late and over-payments', () => {
  it('a part payment leaves the rest of the instalment overdue the day after it falls due', () => {
    const payments = [pay('2026-12-15', 300)];
    expect(loanStatus(terms, payments, '2026-12-31').instalments[0]).toMatchObject({
      paid: kr(300),
      outstanding: kr(310),
      overdue: 0,
      state: 'part_paid',
    });
    const after = loanStatus(terms, payments, '2027-01-01');
    expect(after.overdue).toBe(kr(310));
    expect(after.instalments[0]).toMatchObject({ overdue: kr(310), state: 'overdue' });
  });

  it('the rest paid after the due date settles the instalment late, on that payment’s date', () => {
    const status = loanStatus(
      terms,
      [pay('2026-12-15', 300), pay('2027-01-10', 310)],
      '2027-02-01',
    );
    expect(status.instalments[0]).toMatchObject({
      paid: kr(610),
      outstanding: 0,
      overdue: 0,
      settledOn: '2027-01-10',
      state: 'paid_late',
    });
    expect(status.overdue).toBe(0);
  });

  it('a payment larger than an instalment carries on to the next one', () => {
    const status = loanStatus(terms, [pay('2026-10-01', 1000)], '2027-01-01');
    expect(status.instalments.map((i) => [i.paid, i.state])).toEqual([
      [kr(610), 'paid'],
      [kr(390), 'part_paid'],
    ]);
    expect(status.outstanding).toBe(kr(220));
  });

  it('paying beyond the whole schedule is shown as overpaid, never as a negative outstanding', () => {
    const status = loanStatus(terms, [pay('2026-10-01', 1250)], '2028-06-01');
    expect(status).toMatchObject({
      repaid: kr(1250),
      outstanding: 0,
      overpaid: kr(30),
      balance: kr(-50),
      overdue: 0,
    });
  });

  it('settles in date order whatever order the payments were recorded in', () => {
    const status = loanStatus(
      terms,
      [pay('2027-06-01', 610), pay('2026-06-01', 610)],
      '2027-07-01',
    );
    expect(status.instalments.map((i) => i.settledOn)).toEqual(['2026-06-01', '2027-06-01']);
  });

  it('keeps every krone: an odd amount splits exactly between instalments', () => {
    const odd: LoanTerms = {
      principal: 1001 as Kroner,
      instalments: [
        { dueOn: '2026-12-31', amount: 333 as Kroner },
        { dueOn: '2027-12-31', amount: 668 as Kroner },
      ],
    };
    const status = loanStatus(odd, [{ paidOn: '2026-01-01', amount: 334 as Kroner }], '2026-01-02');
    expect(status.instalments.map((i) => [i.paid, i.outstanding])).toEqual([
      [333, 0],
      [1, 667],
    ]);
    expect(status.balance).toBe(667);
  });
});
