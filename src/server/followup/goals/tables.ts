import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../domain/followup/evidence.ts';
import { GOAL_STATUSES, type GoalStatus } from '../../../domain/followup/goals.ts';
import { GOAL_GROUPS, type GoalGroup } from '../../../domain/proposal.ts';
import { isoDate, moment, oneOf } from '../../db/columns.ts';
import { proposals, users } from '../../db/schema.ts';

// A granted proposal's follow-up goals (Tabel 3 as followed up), their measurements, and the
// evidence files, kept in the database itself so a backup holds them and any server serves them.

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands bytea over as a Uint8Array, node-postgres as a Buffer.
  fromDriver: (value) => Buffer.from(value),
});

/** An indicator's value: four decimals, exact, read back as a string and turned into a number. */
const indicator = (name: string) => numeric(name, { precision: 24, scale: 4 });

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    group: text('group').$type<GoalGroup>().notNull(),
    goal: text('goal').notNull(),
    measure: text('measure').notNull(),
    owner: text('owner').notNull(),
    unit: text('unit').notNull(),
    baseline: indicator('baseline'),
    target: indicator('target'),
    dueDates: date('due_dates', { mode: 'string' }).array().notNull(),
    when: text('when').notNull().default(''),
    status: text('status').$type<GoalStatus>().notNull().default('on_track'),
    statusComment: text('status_comment').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: moment('updated_at'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('goals_proposal_position').on(t.proposalId, t.position),
    check('goals_group', oneOf('group', GOAL_GROUPS)),
    check('goals_status', oneOf('status', GOAL_STATUSES)),
  ],
);

export const goalEvidence = pgTable(
  'goal_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    kind: text('kind').$type<EvidenceKind>().notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: moment('uploaded_at'),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('goal_evidence_kind', oneOf('kind', EVIDENCE_KINDS)),
    check('goal_evidence_size', sql`${t.size} = octet_length(${t.content})`),
  ],
);

export const goalMeasurements = pgTable(
  'goal_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    measuredOn: isoDate('measured_on').notNull(),
    value: indicator('value'),
    comment: text('comment').notNull().default(''),
    evidenceId: uuid('evidence_id').references(() => goalEvidence.id),
    recordedAt: moment('recorded_at'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('goal_measurements_goal').on(t.goalId, t.measuredOn)],
);
