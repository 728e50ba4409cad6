import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { addDays, copenhagenDate } from '../../../domain/followup/dates.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import { EVIDENCE_LIMIT_BYTES, evidenceKind } from '../../../domain/followup/evidence.ts';
import { openDueDates, overdueDates, statusNeedsComment } from '../../../domain/followup/goals.ts';
import type {
  goalDefinition,
  goalUpdateInput,
  measurementFields,
} from '../../../shared/followup/goals-schema.ts';
import { entityChanged, type AuditAction } from '../../audit/entries.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { DataAccess, TransactionStores } from '../../data-access.ts';
import { fail, ok, validationProblem, type Problem, type Result } from '../../problems.ts';
import { notFound } from '../../proposals/service.ts';
import type { StoredProposal } from '../../proposals/store.ts';
import { goalPolicy } from './policy.ts';
import type { GoalRecord, MeasurementRecord } from './store.ts';
import { say, type Words } from '../../words.ts';

// Follow-up goals of granted proposals: started from Tabel 3, kept by the proposal's own
// forvaltning (and the secretariat), measured over time with evidence. Every change is the
// goal's next version and its audit entry in one transaction; a stale version is 409.

type Definition = z.output<typeof goalDefinition>;
type Update = z.output<typeof goalUpdateInput>;
type Fields = z.output<typeof measurementFields>;

export interface GoalView extends GoalRecord {
  measurements: MeasurementRecord[];
  openDueDates: string[];
  overdueDates: string[];
}

export interface ProposalGoals {
  proposal: StoredProposal;
  goals: GoalView[];
}

export interface EvidenceUpload {
  bytes: Buffer;
  fileName: string;
}

const invalid = (field: string, message: Words): Problem => validationProblem([{ field, message }]);

const goalNotFound = (id: string): Problem => ({
  error: 'NotFound',
  message: say('problem.goal.notFound', { id }),
});

const staleGoal = (version: number): Problem => ({
  error: 'Conflict',
  message: say('problem.goal.stale', { version }),
  currentVersion: version,
});

const refOf = (p: StoredProposal) => ({
  status: p.status,
  leadAdministration: p.content.leadAdministration,
});

export function goalService(
  access: DataAccess,
  { clock, leadDays }: { clock: () => Date; leadDays: number },
) {
  const { goals, proposals, transaction } = access;
  const windowStart = (dueOn: string) => addDays(dueOn, -leadDays);

  async function views(records: GoalRecord[]): Promise<GoalView[]> {
    const measured = await goals.measurements(records.map((g) => g.id));
    const today = copenhagenDate(clock());
    return records.map((goal) => {
      const own = measured.filter((m) => m.goalId === goal.id);
      const open = openDueDates(
        goal,
        own.map((m) => m.measuredOn),
        windowStart,
      );
      return {
        ...goal,
        measurements: own,
        openDueDates: open,
        overdueDates: overdueDates(open, today),
      };
    });
  }

  /** The proposal, if the user may see it (404 otherwise) and, for `manage`, keep its goals. */
  async function proposalFor(
    proposalId: string,
    user: SignedInUser,
    manage: boolean,
  ): Promise<Result<StoredProposal>> {
    const proposal = await proposals.find(proposalId);
    if (!proposal || !goalPolicy.read(user, refOf(proposal))) return fail(notFound(proposalId));
    if (manage && !goalPolicy.manage(user, refOf(proposal))) {
      return fail({
        error: 'Forbidden',
        message: say('problem.goal.forbidden'),
      });
    }
    if (manage && !isReporting(proposal.status)) {
      return fail(invalid('proposalId', say('issue.goal.notGranted')));
    }
    return ok(proposal);
  }

  async function goalFor(
    goalId: string,
    user: SignedInUser,
    manage: boolean,
  ): Promise<Result<{ goal: GoalRecord; proposal: StoredProposal }>> {
    const goal = await goals.find(goalId);
    if (!goal) return fail(goalNotFound(goalId));
    const proposal = await proposalFor(goal.proposalId, user, manage);
    if (!proposal.ok) {
      return proposal.problem.error === 'NotFound' ? fail(goalNotFound(goalId)) : proposal;
    }
    return ok({ goal, proposal: proposal.value });
  }

  const audit = (
    tx: TransactionStores,
    user: SignedInUser,
    action: AuditAction,
    goalId: string,
    proposalId: string,
    details: Record<string, unknown>,
  ) =>
    tx.audit.append(
      entityChanged({
        actor: user,
        action,
        entity: { type: 'goal', id: goalId },
        proposalId,
        details,
      }),
    );

  async function proposalGoals({
    proposalId,
    user,
  }: {
    proposalId: string;
    user: SignedInUser;
  }): Promise<Result<ProposalGoals>> {
    const proposal = await proposalFor(proposalId, user, false);
    if (!proposal.ok) return proposal;
    return ok({
      proposal: proposal.value,
      goals: await views(await goals.ofProposals([proposalId])),
    });
  }

  return {
    proposalGoals,

    /** Starts follow-up with the proposal's Tabel 3 goals; 409 once it has started. */
    async startGoalsFromTabel3({
      proposalId,
      user,
    }: {
      proposalId: string;
      user: SignedInUser;
    }): Promise<Result<ProposalGoals>> {
      const found = await proposalFor(proposalId, user, true);
      if (!found.ok) return found;
      const tabel3 = found.value.content.followUpGoals;
      if (tabel3.length === 0) {
        return fail(invalid('followUpGoals', say('issue.goal.noTabel3')));
      }
      const started = await transaction(async (tx) => {
        // Taken under the proposal's row lock, so two starts at once make one set.
        await tx.goals.lockProposal(proposalId);
        if ((await tx.goals.count(proposalId)) > 0) return null;
        const made = await tx.goals.insert(
          proposalId,
          tabel3.map((g) => ({
            group: g.group,
            goal: g.goal,
            measure: g.measure,
            owner: g.responsible,
            unit: '',
            baseline: null,
            target: null,
            dueDates: [],
            when: g.when,
          })),
          user.id,
        );
        for (const goal of made)
          await audit(tx, user, 'goal.start', goal.id, proposalId, { goal: goal.goal });
        return made;
      });
      if (!started) {
        return fail({
          error: 'Conflict',
          message: say('problem.goal.started'),
          currentVersion: 1,
        });
      }
      return proposalGoals({ proposalId, user });
    },

    async addGoal({
      proposalId,
      user,
      input,
    }: {
      proposalId: string;
      user: SignedInUser;
      input: Definition;
    }): Promise<Result<GoalView>> {
      const found = await proposalFor(proposalId, user, true);
      if (!found.ok) return found;
      const goal = await transaction(async (tx) => {
        await tx.goals.lockProposal(proposalId);
        const [made] = await tx.goals.insert(proposalId, [input], user.id);
        await audit(tx, user, 'goal.add', made!.id, proposalId, { ...input });
        return made!;
      });
      const [view] = await views([goal]);
      return ok(view!);
    },

    async updateGoal({
      goalId,
      user,
      input,
    }: {
      goalId: string;
      user: SignedInUser;
      input: Update;
    }): Promise<Result<GoalView>> {
      const found = await goalFor(goalId, user, true);
      if (!found.ok) return found;
      if (statusNeedsComment(input.status) && !input.statusComment) {
        return fail(invalid('statusComment', say('issue.goal.statusComment')));
      }
      const { version, ...change } = input;
      const updated = await transaction(async (tx) => {
        const saved = await tx.goals.update(goalId, version, change, user.id);
        if (saved) {
          await audit(tx, user, 'goal.update', goalId, saved.proposalId, {
            before: {
              status: found.value.goal.status,
              statusComment: found.value.goal.statusComment,
            },
            after: change,
          });
        }
        return saved;
      });
      if (!updated) return fail(staleGoal(version));
      const [view] = await views([updated]);
      return ok(view!);
    },

    async recordMeasurement({
      goalId,
      user,
      fields,
      file,
    }: {
      goalId: string;
      user: SignedInUser;
      fields: Fields;
      file: EvidenceUpload | null;
    }): Promise<Result<GoalView>> {
      const found = await goalFor(goalId, user, true);
      if (!found.ok) return found;
      if (fields.measuredOn > copenhagenDate(clock())) {
        return fail(invalid('measuredOn', say('issue.goal.future')));
      }
      if (file && file.bytes.length > EVIDENCE_LIMIT_BYTES) {
        return fail({
          error: 'PayloadTooLarge',
          message: say('problem.upload.tooLarge', { limit: String(EVIDENCE_LIMIT_BYTES) }),
        });
      }
      const kind = file && evidenceKind(file.bytes);
      if (file && !kind) {
        return fail(invalid('file', say('issue.goal.fileKind')));
      }
      const updated = await transaction(async (tx) => {
        const saved = await tx.goals.update(goalId, fields.version, {}, user.id);
        if (!saved) return null;
        const evidenceId =
          file && kind
            ? await tx.goals.addEvidence({
                goalId,
                fileName: file.fileName.slice(0, 255),
                kind,
                sha256: createHash('sha256').update(file.bytes).digest('hex'),
                content: file.bytes,
                userId: user.id,
              })
            : null;
        const id = await tx.goals.addMeasurement({
          goalId,
          measuredOn: fields.measuredOn,
          value: fields.value,
          comment: fields.comment,
          evidenceId,
          userId: user.id,
        });
        await audit(tx, user, 'goal.measurement', goalId, saved.proposalId, {
          measurementId: id,
          measuredOn: fields.measuredOn,
          value: fields.value,
          comment: fields.comment,
          evidence: file && { fileName: file.fileName, kind, size: file.bytes.length },
        });
        return saved;
      });
      if (!updated) return fail(staleGoal(fields.version));
      const [view] = await views([updated]);
      return ok(view!);
    },

    async goalEvidence({
      goalId,
      evidenceId,
      user,
    }: {
      goalId: string;
      evidenceId: string;
      user: SignedInUser;
    }) {
      const found = await goalFor(goalId, user, false);
      if (!found.ok) return found;
      const file = await goals.evidence(goalId, evidenceId);
      return file
        ? ok(file)
        : fail<NonNullable<typeof file>>({
            error: 'NotFound',
            message: say('problem.goal.noFile', { id: evidenceId }),
          });
    },
  };
}
