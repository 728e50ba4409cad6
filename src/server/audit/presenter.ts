import type { Kroner } from '../../domain/money.ts';
import {
  auditedActor,
  fieldChange,
  type AuditEntryOutput,
  type AuditLogEntryOutput,
  type AuditVerdict,
} from '../../shared/audit-schema.ts';
import { toThousands } from '../../shared/proposal-schema.ts';
import type { ChainVerdict } from './hash-chain.ts';
import type { AuditRecord } from './store.ts';

// The log stores amounts as the database does, in whole kroner; the API speaks thousands.
const MONEY = [
  /^economy\.rows\.\d+\.values\.\d+$/,
  /^stated\.totals\.\d+\.values\.\d+$/,
  /^futureInvestment\.(expectedCost|efficiencyPotential)\.(min|max)$/,
];

function inThousands(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => inThousands(item, `${path}.${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        inThousands(item, path ? `${path}.${key}` : key),
      ]),
    );
  }
  return typeof value === 'number' && MONEY.some((pattern) => pattern.test(path))
    ? toThousands(value as Kroner)
    : value;
}

function field(detail: unknown, key: string): unknown {
  return detail !== null && typeof detail === 'object'
    ? (detail as Record<string, unknown>)[key]
    : undefined;
}

/** Read defensively: an entry edited in the database is still shown, as it now stands. */
export function presentAuditEntry(entry: AuditRecord): AuditEntryOutput {
  const actor = auditedActor.safeParse(field(entry.detail, 'actor'));
  const changes = fieldChange.array().safeParse(field(entry.detail, 'changes'));
  const version = field(entry.detail, 'version');
  const text = (key: string) => {
    const value = field(entry.detail, key);
    return typeof value === 'string' ? value : null;
  };
  return {
    seq: entry.seq,
    at: entry.at,
    actor: actor.success ? actor.data : { kind: 'system' },
    action: entry.action,
    fromState: entry.fromState,
    toState: entry.toState,
    version: typeof version === 'number' ? version : null,
    changes: (changes.success ? changes.data : []).map(({ path, before, after }) => ({
      path,
      before: inThousands(before, path),
      after: inThousands(after, path),
    })),
    step: text('step'),
    comment: text('comment'),
  };
}

export function presentVerdict(verdict: ChainVerdict): AuditVerdict {
  if (verdict.intact) return verdict;
  return {
    intact: false,
    entries: verdict.entries,
    firstBroken: {
      seq: verdict.brokenAt,
      reason: verdict.reason,
      at: verdict.entry?.at ?? null,
      action: verdict.entry?.action ?? null,
    },
  };
}

export function presentLogEntry(entry: AuditRecord): AuditLogEntryOutput {
  const actor = auditedActor.safeParse(field(entry.detail, 'actor'));
  const { actor: _actor, ...details } =
    entry.detail !== null && typeof entry.detail === 'object'
      ? (entry.detail as Record<string, unknown>)
      : {};
  return {
    seq: entry.seq,
    at: entry.at,
    actor: actor.success ? actor.data : { kind: 'system' },
    action: entry.action,
    entity: { type: entry.entityType ?? '', id: entry.entityId ?? '' },
    proposalId: entry.proposalId,
    details,
  };
}
