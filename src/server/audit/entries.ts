import { diffFields, type FieldChange } from '../../domain/audit/diff.ts';
import type { ProposalContent, ProposalStatus } from '../../domain/proposal.ts';
import type { SignedInUser } from '../auth/actor.ts';
import { contentHash } from './hash-chain.ts';
import type { NewAuditEntry } from './store.ts';

// What each audited change records. The actor is the signed-in user; until every write needs a
// session, a write without one is recorded as anonymous, and the demo seeding as the system.

export type AuditActor = SignedInUser | 'anonymous' | 'system';

export const AUDIT_ACTIONS = [
  'proposal.create',
  'proposal.update',
  'proposal.step',
  'proposal.hearing',
  'comment.add',
  'portfolio.score',
  'round.rules',
  'round.lock',
  'loan.terms',
  'loan.payment',
  'goal.start',
  'goal.add',
  'goal.update',
  'goal.measurement',
  'followup.realised',
  'followup.settings',
  'price-index.add',
  'price-index.change',
  'price-index.remove',
  'import.upload',
  'import.accept',
  'import.create',
  'import.skip',
  'import.overview',
  'import.place',
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'user.add',
  'user.password',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditedActor =
  { kind: 'user'; username: string; name: string } | { kind: 'anonymous' } | { kind: 'system' };

export interface AuditDetail {
  actor: AuditedActor;
  version: number;
  /** The version's status and content, hashed, so verify can compare it with what is stored. */
  contentHash: string;
  changes: FieldChange[];
  /** The workflow step taken, and the comment given with it. */
  step?: string;
  comment?: string;
}

function audited(actor: AuditActor): { actorId: string | null; actor: AuditedActor } {
  if (actor === 'anonymous' || actor === 'system') return { actorId: null, actor: { kind: actor } };
  return { actorId: actor.id, actor: { kind: 'user', username: actor.username, name: actor.name } };
}

interface ProposalChange {
  actor: AuditActor;
  proposalId: string;
  /** The proposal's version after the change. */
  version: number;
  /** The content before; null for a new proposal, whose fields are all new. */
  before: ProposalContent | null;
  after: ProposalContent;
  fromState: ProposalStatus | null;
  toState: ProposalStatus;
}

function proposalEntry(
  action: AuditAction,
  { actor, proposalId, version, before, after, fromState, toState }: ProposalChange,
  extra: Pick<AuditDetail, 'step' | 'comment'> = {},
): NewAuditEntry {
  const who = audited(actor);
  const detail: AuditDetail = {
    actor: who.actor,
    version,
    contentHash: contentHash(toState, after),
    changes: diffFields(before ?? {}, after),
    ...extra,
  };
  return {
    actorId: who.actorId,
    action,
    proposalId,
    entityType: null,
    entityId: null,
    fromState,
    toState,
    detail,
  };
}

/** A create or a save of a proposal's content. */
export const proposalSaved = (change: ProposalChange): NewAuditEntry =>
  proposalEntry(change.before === null ? 'proposal.create' : 'proposal.update', change);

/** A workflow step, with what it changed besides the status (an approval, a round). */
export const proposalStepTaken = (
  change: ProposalChange & { before: ProposalContent },
  step: string,
  comment: string,
): NewAuditEntry => proposalEntry('proposal.step', change, { step, comment });

/** A proposal placed in a round because the round's overview, read from a document, names it. */
export const placedFromOverview = (
  change: ProposalChange & { before: ProposalContent },
  comment: string,
): NewAuditEntry => proposalEntry('import.place', change, { comment });

export const hearingRecorded = (change: ProposalChange & { before: ProposalContent }) =>
  proposalEntry('proposal.hearing', change);

/** What is recorded about a change to anything but a proposal; never a password or a token. */
export interface EntityChange {
  actor: AuditActor;
  action: AuditAction;
  entity: { type: string; id: string };
  /** The proposal it belongs to, so the proposal's history shows it (a comment, an import). */
  proposalId?: string;
  details?: Record<string, unknown>;
}

export function entityChanged({
  actor,
  action,
  entity,
  proposalId = null,
  details = {},
}: Omit<EntityChange, 'proposalId'> & { proposalId?: string | null }): NewAuditEntry {
  const who = audited(actor);
  return {
    actorId: who.actorId,
    action,
    proposalId,
    entityType: entity.type,
    entityId: entity.id,
    fromState: null,
    toState: null,
    detail: { actor: who.actor, ...details },
  };
}
