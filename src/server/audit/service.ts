import type { PageQuery, TimePageQuery } from '../../shared/paging.ts';
import type { DataAccess } from '../data-access.ts';
import { contentHash, type ChainVerdict, type Checkpoint } from './hash-chain.ts';
import type { AuditRecord } from './store.ts';

const MISMATCH = 'forslaget passer ikke til sporet';

interface Audited {
  seq: number;
  entry: AuditRecord;
  version: number;
  contentHash: string;
}

/** The version and content hash a proposal entry recorded, if it is one that records them. */
function auditedVersion(entry: AuditRecord): Audited | null {
  const detail = entry.detail as { version?: unknown; contentHash?: unknown } | null;
  if (entry.proposalId === null || typeof detail?.contentHash !== 'string') return null;
  if (typeof detail.version !== 'number') return null;
  return { seq: entry.seq, entry, version: detail.version, contentHash: detail.contentHash };
}

export function auditService({ audit }: DataAccess) {
  return {
    /**
     * Walks the chain, checks it against the stored checkpoints and any `checkpoints` kept
     * outside the database, and checks every proposal version, and each proposal as it stands,
     * against the content hash its entry recorded.
     */
    async verifyAudit({
      checkpoints = [],
    }: { checkpoints?: Checkpoint[] } = {}): Promise<ChainVerdict> {
      const byVersion = new Map<string, Audited>();
      const newest = new Map<string, Audited>();
      let walk = audit.walk(checkpoints);
      const head = await audit.readForVerify({
        checkpoints(stored) {
          walk = audit.walk([...checkpoints, ...stored]);
        },
        entries(page) {
          walk.add(page);
          for (const entry of page) {
            const audited = auditedVersion(entry);
            if (!audited) continue;
            byVersion.set(`${entry.proposalId}:${audited.version}`, audited);
            newest.set(entry.proposalId!, audited);
          }
        },
        versions(page) {
          for (const row of page) {
            const audited = byVersion.get(`${row.proposalId}:${row.version}`);
            if (!audited) {
              walk.breakAt(Infinity, MISMATCH, null);
            } else if (contentHash(row.status, row.snapshot) !== audited.contentHash) {
              walk.breakAt(audited.seq, MISMATCH, audited.entry);
            }
          }
        },
        current(proposal) {
          const audited = newest.get(proposal.id);
          if (!audited) walk.breakAt(Infinity, MISMATCH, null);
          else if (
            audited.version !== proposal.version ||
            contentHash(proposal.status, proposal.content) !== audited.contentHash
          ) {
            walk.breakAt(audited.seq, MISMATCH, audited.entry);
          }
        },
      });
      return walk.finish(head);
    },

    checkpointAudit: () => audit.checkpoint(),

    /** Sign-ins, users, comments, imports and price indices, newest first. */
    auditLog: ({ type, ...page }: PageQuery & { type?: string | undefined }) =>
      audit.forEntities(page, type),

    /** Of a proposal the caller has checked exists and may be read. */
    proposalHistory: ({ id, ...page }: TimePageQuery & { id: string }) =>
      audit.historyPage(id, page),
  };
}
