import { z } from 'zod';
import { pageOf, pageQuery } from './paging.ts';

// The audit log as the API shows it: a proposal's history, and the verdict on the whole chain.

export const auditedActor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), username: z.string(), name: z.string() }),
  /** A change made without a session, before sign-in was required for every write. */
  z.object({ kind: z.literal('anonymous') }),
  /** The system itself, e.g. loading the demo data. */
  z.object({ kind: z.literal('system') }),
]);
export type AuditedActorOutput = z.infer<typeof auditedActor>;

export const fieldChange = z.object({
  /** Dotted path into the proposal, e.g. `economy.rows.2.values.3`. */
  path: z.string(),
  /** Absent when the field was added; amounts in thousands of kroner, as everywhere in the API. */
  before: z.unknown().optional(),
  /** Absent when the field was removed. */
  after: z.unknown().optional(),
});

export const auditEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: auditedActor,
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    /** The proposal's version after the change. */
    version: z.number().int().nullable(),
    changes: z.array(fieldChange),
    /** With `proposal.step`: the step taken and the comment given with it. */
    step: z.string().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryOutput = z.infer<typeof auditEntry>;

export const auditHistory = pageOf(auditEntry);
export type AuditHistory = z.infer<typeof auditHistory>;

export const auditVerdict = z.union([
  z.object({ intact: z.literal(true), entries: z.number().int() }),
  z.object({
    intact: z.literal(false),
    entries: z.number().int(),
    /** The first entry that does not hold, and why; later ones cannot be trusted either. */
    firstBroken: z.object({
      seq: z.number().int(),
      reason: z.string(),
      at: z.string().nullable(),
      action: z.string().nullable(),
    }),
  }),
]);
export type AuditVerdict = z.infer<typeof auditVerdict>;

/** The head of the log as it stood at `at`, signed with the audit key; keep a copy outside. */
export const auditCheckpoint = z
  .object({
    seq: z.number().int().min(0),
    hash: z.string().max(200),
    at: z.iso.datetime(),
    signature: z.string().max(200),
  })
  .meta({ id: 'AuditCheckpoint' });
export type AuditCheckpoint = z.infer<typeof auditCheckpoint>;

export const auditVerifyInput = z.object({
  /** Checkpoints kept outside the database, e.g. files downloaded earlier. */
  checkpoints: z.array(auditCheckpoint).max(10_000),
});

/** A change to something other than a proposal's content: a sign-in, a user, a price index. */
export const auditLogEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: auditedActor,
    action: z.string(),
    entity: z.object({ type: z.string(), id: z.string() }),
    proposalId: z.string().nullable(),
    /** What was changed; never a password or a token. */
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditLogEntry' });
export type AuditLogEntryOutput = z.infer<typeof auditLogEntry>;

export const auditLogQuery = z.object({
  type: z.enum(['user', 'comment', 'import', 'price-index']).optional(),
  ...pageQuery.shape,
});

/** Newest first. */
export const auditLog = pageOf(auditLogEntry);
