import { diffFields, type FieldChange } from '../../domain/audit/diff.ts';
import type { ProposalContent, ProposalStatus } from '../../domain/proposal.ts';
import type { SignedInUser } from '../auth/actor.ts';
import type { NewAuditEntry } from './store.ts';

// What each audited change records. The actor is the signed-in user; until every write needs a
// session, a write without one is recorded as anonymous, and the demo seeding as the system.

export type AuditActor = SignedInUser | 'anonymous' | 'system';

export const AUDIT_ACTIONS = ['proposal.create', 'proposal.update'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditedActor =
  { kind: 'user'; username: string; name: string } | { kind: 'anonymous' } | { kind: 'system' };

export interface AuditDetail {
  actor: AuditedActor;
  version: number;
  changes: FieldChange[];
}

function audited(actor: AuditActor): { actorId: string | null; actor: AuditedActor } {
  if (actor === 'anonymous' || actor === 'system') return { actorId: null, actor: { kind: actor } };
  return { actorId: actor.id, actor: { kind: 'user', username: actor.username, name: actor.name } };
}

/**
 * A create or a save of a proposal's content. A new proposal's changes are its filled-in
 * fields against nothing; a save's are the fields that differ from the version it replaced.
 */
export function proposalSaved({
  actor,
  proposalId,
  version,
  before,
  after,
  fromState,
  toState,
}: {
  actor: AuditActor;
  proposalId: string;
  version: number;
  before: ProposalContent | null;
  after: ProposalContent;
  fromState: ProposalStatus | null;
  toState: ProposalStatus;
}): NewAuditEntry {
  const who = audited(actor);
  const detail: AuditDetail = {
    actor: who.actor,
    version,
    changes: diffFields(before ?? {}, after),
  };
  return {
    actorId: who.actorId,
    action: before === null ? 'proposal.create' : 'proposal.update',
    proposalId,
    fromState,
    toState,
    detail,
  };
}
