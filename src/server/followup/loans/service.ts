import type { z } from 'zod';
import { copenhagenDate } from '../../../domain/followup/dates.ts';
import {
  LOAN_KINDS,
  loanStatus,
  termsFromPlan,
  type LoanStatus,
  type LoanTerms,
} from '../../../domain/followup/loans.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { loanPaymentInput, loanTermsInput } from '../../../shared/followup/loans-schema.ts';
import { entityChanged } from '../../audit/entries.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { DataAccess } from '../../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../../problems.ts';
import { notFound } from '../../proposals/service.ts';
import { loanPolicy } from './policy.ts';
import type { LoanCandidate, PaymentRecord, RecordedLoan } from './store.ts';
import { say, type Words } from '../../words.ts';

// Internal loans: what each is (its plan's terms until the secretariat records others), its
// payments, and its status on today's Copenhagen date. Recording terms or a payment writes the
// loan's next version and the audit entry in one transaction; a stale version is 409.

type TermsInput = z.output<typeof loanTermsInput>;
type PaymentInput = z.output<typeof loanPaymentInput>;

export interface LoanView {
  proposal: Omit<LoanCandidate, 'plan'>;
  priceLevelYear: number | null;
  terms: LoanTerms;
  origin: RecordedLoan['origin'];
  reason: string | null;
  version: number;
  payments: PaymentRecord[];
  status: LoanStatus;
  today: string;
}

const invalid = (field: string, message: Words): Problem => validationProblem([{ field, message }]);

const noLoan = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.loan.notFound', { id }),
});

const staleLoan = (version: number): Problem => ({
  error: 'Conflict',
  message: say('problem.loan.stale', { version }),
  currentVersion: version,
});

export function loanService(access: DataAccess, clock: () => Date = () => new Date()) {
  const { loans, transaction } = access;

  async function views(candidates: LoanCandidate[]): Promise<LoanView[]> {
    const ids = candidates.map((c) => c.proposalId);
    const [recorded, payments] = await Promise.all([loans.recorded(ids), loans.payments(ids)]);
    const today = copenhagenDate(clock());
    return candidates.flatMap(({ plan, ...proposal }) => {
      const stored = recorded.get(proposal.proposalId);
      const terms = stored?.terms ?? termsFromPlan(plan);
      if (!terms) return [];
      const paid = payments.get(proposal.proposalId) ?? [];
      return [
        {
          proposal,
          priceLevelYear: plan.table.priceLevelYear,
          terms,
          origin: stored?.origin ?? 'plan',
          reason: stored?.reason ?? null,
          version: stored?.version ?? 0,
          payments: paid,
          status: loanStatus(terms, paid, today),
          today,
        },
      ];
    });
  }

  /**
   * The loan of a proposal the user may see, or why not: 404 for a proposal they may not see or
   * that has no loan, 403 when `record` and they may not record.
   */
  async function loanOf(
    proposalId: string,
    user: SignedInUser,
  ): Promise<Result<{ candidate: LoanCandidate | null; view: LoanView | null }>> {
    const proposal = await access.proposals.find(proposalId);
    const ref = proposal && {
      status: proposal.status,
      leadAdministration: proposal.content.leadAdministration,
    };
    if (!proposal || !ref || !loanPolicy.read(user, ref)) return fail(notFound(proposalId));
    const [candidate] = await loans.candidates(proposalId);
    const [view] = candidate ? await views([candidate]) : [];
    return ok({ candidate: candidate ?? null, view: view ?? null });
  }

  /** The checks a write shares: who, what and whether `version` is still the loan's. */
  async function writable(
    proposalId: string,
    user: SignedInUser,
    version: number,
  ): Promise<Result<{ candidate: LoanCandidate; view: LoanView | null }>> {
    const found = await loanOf(proposalId, user);
    if (!found.ok) return found;
    if (!loanPolicy.record(user)) {
      return fail({
        error: 'Forbidden',
        message: say('problem.loan.forbidden'),
      });
    }
    const proposal = (await access.proposals.find(proposalId))!;
    const { candidate, view } = found.value;
    if (!candidate) {
      return fail(
        invalid(
          'proposalId',
          (LOAN_KINDS as readonly string[]).includes(proposal.content.kind)
            ? say('issue.loan.notGranted')
            : say('issue.loan.kind'),
        ),
      );
    }
    if ((view?.version ?? 0) !== version) return fail(staleLoan(version));
    return ok({ candidate, view });
  }

  async function findLoan({ proposalId, user }: { proposalId: string; user: SignedInUser }) {
    const found = await loanOf(proposalId, user);
    if (!found.ok) return found;
    return found.value.view ? ok(found.value.view) : fail<LoanView>(noLoan(proposalId));
  }

  return {
    async listLoans({
      user,
      administration,
    }: {
      user: SignedInUser;
      administration?: string | undefined;
    }): Promise<LoanView[]> {
      const candidates = (await loans.candidates()).filter(
        (c) =>
          (!administration || c.administration === administration) &&
          loanPolicy.read(user, { status: c.status, leadAdministration: c.administration }),
      );
      const danish = new Intl.Collator('da', { numeric: true });
      return (await views(candidates)).sort(
        (a, b) =>
          danish.compare(a.proposal.code ?? '~', b.proposal.code ?? '~') ||
          danish.compare(a.proposal.title, b.proposal.title),
      );
    },

    findLoan,

    async setLoanTerms({
      proposalId,
      user,
      input,
    }: {
      proposalId: string;
      user: SignedInUser;
      input: TermsInput;
    }): Promise<Result<LoanView>> {
      const gate = await writable(proposalId, user, input.version);
      if (!gate.ok) return gate;
      const terms: LoanTerms = {
        principal: input.principal as Kroner,
        instalments: [...input.instalments]
          .map((i) => ({ dueOn: i.dueOn, amount: i.amount as Kroner }))
          .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)),
      };
      const duplicate = terms.instalments.find(
        (x, i) => terms.instalments[i - 1]?.dueOn === x.dueOn,
      );
      if (duplicate) {
        return fail(invalid('instalments', say('issue.loan.sameDay', { date: duplicate.dueOn })));
      }
      const written = await transaction(async (tx) => {
        const done = await tx.loans.writeTerms({
          proposalId,
          version: input.version,
          terms,
          origin: 'secretariat',
          reason: input.reason,
          userId: user.id,
        });
        if (!done) return false;
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'loan.terms',
            entity: { type: 'loan', id: proposalId },
            proposalId,
            details: {
              principal: terms.principal,
              instalments: terms.instalments,
              reason: input.reason,
            },
          }),
        );
        return true;
      });
      if (!written) return fail(staleLoan(input.version));
      return findLoan({ proposalId, user });
    },

    async recordLoanPayment({
      proposalId,
      user,
      input,
    }: {
      proposalId: string;
      user: SignedInUser;
      input: PaymentInput;
    }): Promise<Result<LoanView>> {
      const gate = await writable(proposalId, user, input.version);
      if (!gate.ok) return gate;
      const { view } = gate.value;
      if (!view) return fail(invalid('proposalId', say('issue.loan.noPlan')));
      if (input.paidOn > view.today) {
        return fail(invalid('paidOn', say('issue.loan.future', { today: view.today })));
      }
      const written = await transaction(async (tx) => {
        // The first record on a loan takes its plan's terms over as version 1.
        const moved =
          input.version === 0
            ? await tx.loans.writeTerms({
                proposalId,
                version: 0,
                terms: view.terms,
                origin: 'plan',
                reason: null,
                userId: user.id,
              })
            : await tx.loans.bump(proposalId, input.version, user.id);
        if (!moved) return null;
        const id = await tx.loans.addPayment({
          proposalId,
          paidOn: input.paidOn,
          amount: input.amount as Kroner,
          note: input.note,
          userId: user.id,
        });
        await tx.audit.append(
          entityChanged({
            actor: user,
            action: 'loan.payment',
            entity: { type: 'loan', id: proposalId },
            proposalId,
            details: {
              paymentId: id,
              paidOn: input.paidOn,
              amount: input.amount,
              note: input.note,
            },
          }),
        );
        return id;
      });
      if (!written) return fail(staleLoan(input.version));
      return findLoan({ proposalId, user });
    },
  };
}
