import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Each audit entry carries the hash of the one before it, so an edit or deletion made directly
// in the database breaks the chain at that entry and verification can name it. The hashes are
// HMACs under a key the database does not hold: someone who can write the database but not read
// the configuration cannot recompute them after a rewrite. Signed checkpoints of the head, kept
// outside the database, catch what the chain alone cannot: the newest entries deleted and the
// head rewound to match.

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  proposalId: string | null;
  /** What was changed when it is not a proposal: a user, a comment, an import, a price index. */
  entityType: string | null;
  entityId: string | null;
  fromState: string | null;
  toState: string | null;
  detail: unknown;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted, so the same entry always hashes the same: as appended and as
 * read back from jsonb, where a Date (or anything with `toJSON`) is the text it was stored as.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function') {
    return canonicalJson(JSON.parse(JSON.stringify(value)));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(fields: ChainedFields, key: string): string {
  return createHmac('sha256', key).update(canonicalJson(fields)).digest('hex');
}

/**
 * A proposal version's status and content as one hash, kept in the entry that wrote the version;
 * verify recomputes it from the stored version, so a change made around the app shows.
 */
export function contentHash(status: string, content: unknown): string {
  return createHash('sha256').update(canonicalJson({ status, content })).digest('hex');
}

/** The head at a moment, signed so that a copy kept outside the database can be trusted. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  signature: string;
}

export function checkpointSignature(
  { seq, hash, at }: Omit<Checkpoint, 'signature'>,
  key: string,
): string {
  return createHmac('sha256', key)
    .update(canonicalJson({ kind: 'audit-checkpoint', seq, hash, at }))
    .digest('hex');
}

export function signCheckpoint(head: { seq: number; hash: string }, key: string): Checkpoint {
  const unsigned = { seq: head.seq, hash: head.hash, at: new Date().toISOString() };
  return { ...unsigned, signature: checkpointSignature(unsigned, key) };
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const signedByKey = (checkpoint: Checkpoint, key: string) =>
  sameHex(checkpointSignature(checkpoint, key), checkpoint.signature);

export type ChainVerdict =
  | { intact: true; entries: number }
  | {
      intact: false;
      entries: number;
      brokenAt: number;
      reason: string;
      /** The entry found at that place, if there is one. */
      entry: (ChainedFields & { hash: string }) | null;
    };

type Entry = ChainedFields & { hash: string };

interface Break {
  brokenAt: number;
  reason: string;
  entry: Entry | null;
}

// The reasons reach the auditor through the API, so they are in Danish like every message.

/**
 * Walks the entries in sequence order, a page at a time, so a long log need not be held in
 * memory. The head (last sequence number and hash, kept apart from the entries) catches a
 * deletion of the newest entries; a checkpoint catches that even when the head was rewound.
 */
export class ChainWalk {
  private prev = GENESIS_HASH;
  private count = 0;
  private broken: Break | null = null;
  private outside: Break | null = null;
  private readonly anchors = new Map<number, string>();
  private newestAnchor = 0;

  constructor(
    private readonly key: string,
    checkpoints: readonly Checkpoint[] = [],
  ) {
    for (const checkpoint of checkpoints) {
      if (!signedByKey(checkpoint, key)) {
        this.broken ??= {
          brokenAt: checkpoint.seq,
          reason: `kontrolpunktet for post nr. ${checkpoint.seq} er ikke underskrevet med nøglen`,
          entry: null,
        };
        continue;
      }
      this.anchors.set(checkpoint.seq, checkpoint.hash);
      this.newestAnchor = Math.max(this.newestAnchor, checkpoint.seq);
    }
  }

  add(entries: readonly Entry[]): void {
    for (const entry of entries) {
      this.count++;
      if (this.broken) continue;
      const { hash, ...fields } = entry;
      const fail = (reason: string) => (this.broken = { brokenAt: entry.seq, reason, entry });
      const anchored = this.anchors.get(entry.seq);
      if (entry.seq !== this.count) fail(`post nr. ${this.count} mangler`);
      else if (entry.prevHash !== this.prev) fail('hashen af den forrige post passer ikke');
      else if (!sameHex(entryHash(fields, this.key), hash)) {
        fail('indholdet passer ikke til postens hash');
      } else if (anchored !== undefined && anchored !== hash) {
        fail('posten passer ikke til et underskrevet kontrolpunkt');
      } else this.prev = hash;
    }
  }

  /**
   * Records a finding outside the chain (a proposal that does not match its entry) at `seq`,
   * `Infinity` when no entry can be named. A break in the chain itself, or at its head, is
   * reported before it: that is where the tampering started.
   */
  breakAt(seq: number, reason: string, entry: Entry | null): void {
    if (!this.outside || seq < this.outside.brokenAt)
      this.outside = { brokenAt: seq, reason, entry };
  }

  finish(head: { seq: number; hash: string }): ChainVerdict {
    const entries = this.count;
    if (this.broken) return { intact: false, entries, ...this.broken };
    if (this.newestAnchor > entries) {
      return {
        intact: false,
        entries,
        brokenAt: entries + 1,
        reason: `sporet er spolet tilbage: et underskrevet kontrolpunkt kender post nr. ${this.newestAnchor}`,
        entry: null,
      };
    }
    if (head.seq !== entries || head.hash !== this.prev) {
      return {
        intact: false,
        entries,
        brokenAt: Math.min(head.seq, entries + 1),
        reason: 'de nyeste poster mangler eller er udskiftet',
        entry: null,
      };
    }
    if (this.outside) {
      const { brokenAt } = this.outside;
      return {
        intact: false,
        entries,
        ...this.outside,
        brokenAt: Number.isFinite(brokenAt) ? brokenAt : entries + 1,
      };
    }
    return { intact: true, entries };
  }
}

export function verifyChain(
  entries: readonly Entry[],
  head: { seq: number; hash: string },
  key: string,
  checkpoints: readonly Checkpoint[] = [],
): ChainVerdict {
  const walk = new ChainWalk(key, checkpoints);
  walk.add(entries);
  return walk.finish(head);
}
