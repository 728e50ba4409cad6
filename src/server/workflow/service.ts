import type { ProposalContent, ProposalStatus } from '../../domain/proposal.ts';
import { hasBlockingIssues, validateProposal } from '../../domain/validation/index.ts';
import { canAnswerFor, canRecordHearing } from '../../domain/workflow/visibility.ts';
import {
  financeApprovalStands,
  refuseStep,
  WORKFLOW,
  type StepRefusal,
} from '../../domain/workflow/index.ts';
import type { HearingInput, StepInput } from '../../shared/workflow-schema.ts';
import { actorsOf, anyRole, type SignedInUser } from '../auth/actor.ts';
import { hearingRecorded, proposalStepTaken, type AuditDetail } from '../audit/entries.ts';
import type { NewAuditEntry } from '../audit/store.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../problems.ts';
import { proposalPolicy, proposalRef } from '../proposals/policy.ts';
import { say } from '../words.ts';
import { notFound, staleVersion } from '../proposals/service.ts';
import { submissionRulesFor } from '../rules/judging.ts';
import type { StoredProposal } from '../proposals/store.ts';

// The workflow of SPEC.md section 7: a step moves a proposal from one status to the next when
// the user's role allows it from the current status, with a comment where one is required.
// Submission also runs the blocking validation. Each step writes the proposal's next version
// and its audit entry in one transaction.

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** Of the refusals for each of the user's roles, the one that tells the user most. */
const WEIGHT: Record<StepRefusal['reason'], number> = { comment: 3, state: 2, role: 1 };

/** A refusal of the step for a role (403) or for the proposal's status (409). */
export function stepRefused(refusal: StepRefusal, current: StoredProposal): Problem | null {
  switch (refusal.reason) {
    case 'role':
      return { error: 'Forbidden', message: say('problem.step.role') };
    case 'state':
      return {
        error: 'Conflict',
        message: say('problem.step.state', { status: current.status }),
        currentVersion: current.version,
      };
    case 'comment':
      return null;
  }
}

function problemOf(refusal: StepRefusal, current: StoredProposal): Problem {
  return (
    stepRefused(refusal, current) ??
    validationProblem([{ field: 'comment', message: say('issue.step.comment') }])
  );
}

export function workflowService(access: DataAccess) {
  const { proposals, reference, audit, transaction } = access;
  /** The proposal as this user may see it; one they may not see does not exist for them. */
  async function visible(id: string, user: SignedInUser): Promise<Result<StoredProposal>> {
    const found = await proposals.find(id);
    if (!found) return fail(notFound(id));
    return proposalPolicy.read(user, proposalRef(found)) ? ok(found) : fail(notFound(id));
  }

  /** Writes `content` (and `status`) as the next version on top of `version`, with its entry. */
  async function commit(
    current: StoredProposal,
    version: number,
    content: ProposalContent,
    status: ProposalStatus,
    entry: (saved: StoredProposal) => NewAuditEntry,
  ): Promise<Result<StoredProposal>> {
    const outcome = await transaction(async (tx) => {
      const saved = await tx.proposals.update({
        id: current.id,
        version,
        content,
        status,
        before: current.content,
      });
      if (saved.outcome === 'updated') await tx.audit.append(entry(saved.proposal));
      return saved;
    });
    switch (outcome.outcome) {
      case 'updated':
        return ok(outcome.proposal);
      case 'missing':
        return fail(notFound(current.id));
      case 'stale':
        return fail(staleVersion(version, outcome.currentVersion));
    }
  }

  /** Submission's blocking issues, judged by the rules of the proposal's round or price level. */
  async function submissionIssues(content: ProposalContent) {
    return validateProposal(content, (await submissionRulesFor(access))(content));
  }

  /** Whether Center for Økonomi's `approve_finance` step stands in the proposal's history. */
  async function approvedByFinance(id: string): Promise<boolean> {
    const entries = await audit.forProposal(id);
    return financeApprovalStands(
      entries.flatMap((e) => {
        const { step } = e.detail as AuditDetail;
        return e.action === 'proposal.step' && step ? [step] : [];
      }),
    );
  }

  return {
    async takeStep({
      id,
      user,
      input,
    }: {
      id: string;
      user: SignedInUser;
      input: StepInput;
    }): Promise<Result<StoredProposal>> {
      const found = await visible(id, user);
      if (!found.ok) return found;
      if (WORKFLOW[input.step].decision) {
        const where = `/api/rounds/${found.value.content.roundId ?? '{roundId}'}/decisions/${id}`;
        return fail(
          validationProblem([{ field: 'step', message: say('issue.step.decision', { where }) }]),
        );
      }
      const current = found.value;
      const ref = proposalRef(current);
      const refusals = actorsOf(user).map((a) => refuseStep(input.step, a, ref, input.comment));
      if (!refusals.includes(null)) {
        const [most] = refusals
          .filter((r) => r !== null)
          .sort((a, b) => WEIGHT[b.reason] - WEIGHT[a.reason]);
        return fail(
          most
            ? problemOf(most, current)
            : { error: 'Forbidden', message: say('problem.step.noRole') },
        );
      }
      if (input.version !== current.version) {
        return fail(staleVersion(input.version, current.version));
      }

      let content = current.content;
      if (input.step === 'approve_finance') {
        content = {
          ...content,
          financeApproval: { approved: true, date: input.date ?? today(), note: input.comment },
        };
      }
      if (input.step === 'assign_round') {
        const roundId = input.roundId ?? '';
        const known = await reference.existingRounds([roundId]);
        if (!known.has(roundId)) {
          return fail(
            validationProblem([
              {
                field: 'roundId',
                message: roundId ? say('issue.unknownRound', { id: roundId }) : say('zod.required'),
              },
            ]),
          );
        }
        content = { ...content, roundId };
      }
      if (WORKFLOW[input.step].runsSubmissionRules) {
        if (!(await approvedByFinance(id))) {
          return fail(
            validationProblem([
              { field: 'financeApproval', message: say('issue.step.financeApproval') },
            ]),
          );
        }
        const issues = await submissionIssues(content);
        if (hasBlockingIssues(issues)) {
          return fail(
            validationProblem(
              issues
                .filter((issue) => issue.severity === 'error')
                .map((issue) => ({ field: issue.field, message: { rule: issue } })),
              say('problem.step.cannotSubmit'),
            ),
          );
        }
      }

      const status = WORKFLOW[input.step].to ?? current.status;
      return commit(current, input.version, content, status, (saved) =>
        proposalStepTaken(
          {
            actor: user,
            proposalId: id,
            version: saved.version,
            before: current.content,
            after: content,
            fromState: current.status,
            toState: status,
          },
          input.step,
          input.comment,
        ),
      );
    },

    /** Tabel 6: the body's answer replaces its planned row, or is added when it has none. */
    async recordHearing({
      id,
      user,
      input,
    }: {
      id: string;
      user: SignedInUser;
      input: HearingInput;
    }): Promise<Result<StoredProposal>> {
      const found = await visible(id, user);
      if (!found.ok) return found;
      const current = found.value;
      const ref = proposalRef(current);
      // The role is asked as if the proposal were in hearing, so a role that may never record
      // an answer is told so (403) rather than that the time is wrong (409).
      if (!anyRole(user, (a) => canRecordHearing(a, { ...ref, status: 'in_hearing' }))) {
        return fail({ error: 'Forbidden', message: say('problem.hearing.role') });
      }
      if (!anyRole(user, (a) => canRecordHearing(a, ref))) {
        return fail({
          error: 'Conflict',
          message: say('problem.hearing.notInHearing'),
          currentVersion: current.version,
        });
      }
      if (!anyRole(user, (a) => canAnswerFor(a, input.body))) {
        const own = actorsOf(user).find((a) => a.role === 'hearing')?.hearingBody;
        return fail({
          error: 'Forbidden',
          message: own
            ? say('problem.hearing.otherBody', { own, body: input.body })
            : say('problem.hearing.noBody'),
        });
      }
      const { version, ...hearing } = input;
      const hearings = current.content.hearings;
      const at = hearings.findIndex((h) => h.body.toLowerCase() === hearing.body.toLowerCase());
      const content = {
        ...current.content,
        hearings:
          at === -1 ? [...hearings, hearing] : hearings.map((h, i) => (i === at ? hearing : h)),
      };
      return commit(current, version, content, current.status, (saved) =>
        hearingRecorded({
          actor: user,
          proposalId: id,
          version: saved.version,
          before: current.content,
          after: content,
          fromState: current.status,
          toState: current.status,
        }),
      );
    },
  };
}
