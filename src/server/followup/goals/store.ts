import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { EvidenceKind } from '../../../domain/followup/evidence.ts';
import type { GoalStatus } from '../../../domain/followup/goals.ts';
import type { GoalGroup } from '../../../domain/proposal.ts';
import type { Db } from '../../db/database.ts';
import { proposals, users } from '../../db/schema.ts';
import { goalEvidence, goalMeasurements, goals } from './tables.ts';

// Reads and writes of follow-up goals. Indicator values go in as exact decimal text and come
// back as numbers (four decimals fit a double exactly enough to print).

export interface GoalDefinition {
  group: GoalGroup;
  goal: string;
  measure: string;
  owner: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  dueDates: string[];
  /** When Tabel 3 said it is followed up, in its own words ("Q4 2025", "løbende"). */
  when: string;
}

export interface GoalRecord extends GoalDefinition {
  id: string;
  proposalId: string;
  position: number;
  version: number;
  status: GoalStatus;
  statusComment: string;
}

export interface MeasurementRecord {
  id: string;
  goalId: string;
  measuredOn: string;
  value: number | null;
  comment: string;
  recordedBy: string | null;
  recordedAt: Date;
  evidence: { id: string; fileName: string; kind: EvidenceKind; size: number } | null;
}

const decimal = (v: number | null) => (v === null ? null : String(v));
const number = (v: string | null) => (v === null ? null : Number(v));

type GoalRow = typeof goals.$inferSelect;
const goalOf = (row: GoalRow): GoalRecord => ({
  id: row.id,
  proposalId: row.proposalId,
  position: row.position,
  version: row.version,
  group: row.group,
  goal: row.goal,
  measure: row.measure,
  owner: row.owner,
  unit: row.unit,
  baseline: number(row.baseline),
  target: number(row.target),
  dueDates: [...row.dueDates].sort(),
  when: row.when,
  status: row.status,
  statusComment: row.statusComment,
});

const definitionColumns = (d: GoalDefinition) => ({
  group: d.group,
  goal: d.goal,
  measure: d.measure,
  owner: d.owner,
  unit: d.unit,
  baseline: decimal(d.baseline),
  target: decimal(d.target),
  dueDates: d.dueDates,
  when: d.when,
});

export function goalStore(db: Db) {
  return {
    async ofProposals(proposalIds: string[]): Promise<GoalRecord[]> {
      if (proposalIds.length === 0) return [];
      const rows = await db
        .select()
        .from(goals)
        .where(inArray(goals.proposalId, proposalIds))
        .orderBy(asc(goals.proposalId), asc(goals.position));
      return rows.map(goalOf);
    },

    async find(id: string): Promise<GoalRecord | null> {
      const [row] = await db.select().from(goals).where(eq(goals.id, id));
      return row ? goalOf(row) : null;
    },

    /** Every goal: the reminders look through them for what falls due. */
    async all(): Promise<GoalRecord[]> {
      return (await db.select().from(goals)).map(goalOf);
    },

    async measurements(goalIds: string[]): Promise<MeasurementRecord[]> {
      if (goalIds.length === 0) return [];
      const rows = await db
        .select({
          id: goalMeasurements.id,
          goalId: goalMeasurements.goalId,
          measuredOn: goalMeasurements.measuredOn,
          value: goalMeasurements.value,
          comment: goalMeasurements.comment,
          recordedAt: goalMeasurements.recordedAt,
          recordedBy: users.name,
          evidenceId: goalEvidence.id,
          fileName: goalEvidence.fileName,
          kind: goalEvidence.kind,
          size: goalEvidence.size,
        })
        .from(goalMeasurements)
        .leftJoin(users, eq(users.id, goalMeasurements.recordedBy))
        .leftJoin(goalEvidence, eq(goalEvidence.id, goalMeasurements.evidenceId))
        .where(inArray(goalMeasurements.goalId, goalIds))
        .orderBy(asc(goalMeasurements.measuredOn), asc(goalMeasurements.recordedAt));
      return rows.map(({ evidenceId, fileName, kind, size, value, ...m }) => ({
        ...m,
        value: number(value),
        evidence:
          evidenceId && fileName && kind && size !== null
            ? { id: evidenceId, fileName, kind, size }
            : null,
      }));
    },

    /** Adds goals after the proposal's last one; the caller's transaction holds the proposal. */
    async insert(
      proposalId: string,
      definitions: GoalDefinition[],
      userId: string | null,
    ): Promise<GoalRecord[]> {
      if (definitions.length === 0) return [];
      const [last] = await db
        .select({ position: max(goals.position) })
        .from(goals)
        .where(eq(goals.proposalId, proposalId));
      const start = (last?.position ?? -1) + 1;
      const rows = await db
        .insert(goals)
        .values(
          definitions.map((d, i) => ({
            proposalId,
            position: start + i,
            ...definitionColumns(d),
            updatedBy: userId,
          })),
        )
        .returning();
      return rows.map(goalOf);
    },

    /** Holds the proposal's row until the transaction ends, so its goals are numbered one at a time. */
    async lockProposal(proposalId: string): Promise<void> {
      await db
        .select({ id: proposals.id })
        .from(proposals)
        .where(eq(proposals.id, proposalId))
        .for('update');
    },

    async count(proposalId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(goals)
        .where(eq(goals.proposalId, proposalId));
      return row?.n ?? 0;
    },

    /** The goal's next version on top of `version`, or null when it moved on meanwhile. */
    async update(
      id: string,
      version: number,
      change: Partial<GoalDefinition> & { status?: GoalStatus; statusComment?: string },
      userId: string | null,
    ): Promise<GoalRecord | null> {
      const { baseline, target, ...rest } = change;
      const [row] = await db
        .update(goals)
        .set({
          ...rest,
          ...(baseline !== undefined ? { baseline: decimal(baseline) } : {}),
          ...(target !== undefined ? { target: decimal(target) } : {}),
          version: sql`${goals.version} + 1`,
          updatedAt: sql`now()`,
          updatedBy: userId,
        })
        .where(and(eq(goals.id, id), eq(goals.version, version)))
        .returning();
      return row ? goalOf(row) : null;
    },

    async addEvidence(e: {
      goalId: string;
      fileName: string;
      kind: EvidenceKind;
      sha256: string;
      content: Buffer;
      userId: string | null;
    }): Promise<string> {
      const [row] = await db
        .insert(goalEvidence)
        .values({
          goalId: e.goalId,
          fileName: e.fileName,
          kind: e.kind,
          size: e.content.length,
          sha256: e.sha256,
          content: e.content,
          uploadedBy: e.userId,
        })
        .returning({ id: goalEvidence.id });
      return row!.id;
    },

    async addMeasurement(m: {
      goalId: string;
      measuredOn: string;
      value: number | null;
      comment: string;
      evidenceId: string | null;
      userId: string | null;
    }): Promise<string> {
      const [row] = await db
        .insert(goalMeasurements)
        .values({
          goalId: m.goalId,
          measuredOn: m.measuredOn,
          value: decimal(m.value),
          comment: m.comment,
          evidenceId: m.evidenceId,
          recordedBy: m.userId,
        })
        .returning({ id: goalMeasurements.id });
      return row!.id;
    },

    async evidence(goalId: string, id: string) {
      const [row] = await db
        .select()
        .from(goalEvidence)
        .where(and(eq(goalEvidence.goalId, goalId), eq(goalEvidence.id, id)));
      return row ?? null;
    },
  };
}

export type GoalStore = ReturnType<typeof goalStore>;
