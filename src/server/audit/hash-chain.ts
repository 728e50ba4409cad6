import { createHash } from 'node:crypto';

// Each audit entry carries the hash of the one before it, so an edit or deletion made directly
// in the database breaks the chain at that entry and verification can name it.

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  proposalId: string | null;
  fromState: string | null;
  toState: string | null;
  detail: unknown;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(fields: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

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

// The reasons reach the auditor through the API, so they are in Danish like every message.

/**
 * Walks the entries in sequence order, a page at a time, so a long log need not be held in
 * memory. The head (last sequence number and hash, kept apart from the entries) catches a
 * deletion of the newest entries, which the chain alone cannot.
 */
export class ChainWalk {
  private prev = GENESIS_HASH;
  private count = 0;
  private broken: { brokenAt: number; reason: string; entry: Entry | null } | null = null;

  add(entries: readonly Entry[]): void {
    for (const entry of entries) {
      this.count++;
      if (this.broken) continue;
      const { hash, ...fields } = entry;
      const fail = (reason: string) => (this.broken = { brokenAt: entry.seq, reason, entry });
      if (entry.seq !== this.count) fail(`post nr. ${this.count} mangler`);
      else if (entry.prevHash !== this.prev) fail('hashen af den forrige post passer ikke');
      else if (entryHash(fields) !== hash) fail('indholdet passer ikke til postens hash');
      else this.prev = hash;
    }
  }

  finish(head: { seq: number; hash: string }): ChainVerdict {
    const entries = this.count;
    if (this.broken) return { intact: false, entries, ...this.broken };
    if (head.seq !== entries || head.hash !== this.prev) {
      return {
        intact: false,
        entries,
        brokenAt: Math.min(head.seq, entries + 1),
        reason: 'de nyeste poster mangler eller er udskiftet',
        entry: null,
      };
    }
    return { intact: true, entries };
  }
}

export function verifyChain(
  entries: readonly Entry[],
  head: { seq: number; hash: string },
): ChainVerdict {
  const walk = new ChainWalk();
  walk.add(entries);
  return walk.finish(head);
}
