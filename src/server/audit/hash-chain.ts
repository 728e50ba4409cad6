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
  | { intact: false; entries: number; brokenAt: number; reason: string };

// The reasons reach the auditor through the API, so they are in Danish like every message.

/**
 * Walks the entries in sequence order. The head (last sequence number and hash, kept apart
 * from the entries) catches a deletion of the newest entries, which the chain alone cannot.
 */
export function verifyChain(
  entries: readonly (ChainedFields & { hash: string })[],
  head: { seq: number; hash: string },
): ChainVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const { hash, ...fields } = entries[i]!;
    const entry = { ...fields, hash };
    const broken = (reason: string): ChainVerdict => ({
      intact: false,
      entries: entries.length,
      brokenAt: entry.seq,
      reason,
    });
    if (entry.seq !== i + 1) return broken(`post nr. ${i + 1} mangler`);
    if (entry.prevHash !== prev) return broken('hashen af den forrige post passer ikke');
    if (entryHash(fields) !== hash) return broken('indholdet passer ikke til postens hash');
    prev = entry.hash;
  }
  if (head.seq !== entries.length || head.hash !== prev) {
    return {
      intact: false,
      entries: entries.length,
      brokenAt: Math.min(head.seq, entries.length + 1),
      reason: 'de nyeste poster mangler eller er udskiftet',
    };
  }
  return { intact: true, entries: entries.length };
}
