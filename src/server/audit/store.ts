import { and, asc, desc, eq, gt, isNotNull, or } from 'drizzle-orm';
import type { Page, PageQuery, TimePageQuery } from '../../shared/paging.ts';
import type { Db } from '../db/database.ts';
import { paged } from '../db/paged.ts';
import {
  auditCheckpoints,
  auditEntries,
  auditHead,
  proposals,
  proposalVersions,
} from '../db/schema.ts';
import { proposalStore, type StoredProposal } from '../proposals/store.ts';
import {
  ChainWalk,
  entryHash,
  signCheckpoint,
  type ChainedFields,
  type Checkpoint,
} from './hash-chain.ts';

// Appends to the audit log and reads it back. An append runs inside the caller's transaction,
// so the entry commits or rolls back with the change it records.

export interface AuditRecord extends ChainedFields {
  hash: string;
}

export type NewAuditEntry = Omit<ChainedFields, 'seq' | 'at' | 'prevHash'>;

export interface VersionRow {
  proposalId: string;
  version: number;
  status: string;
  snapshot: unknown;
}

/** What verify reads besides the entries, all from the snapshot the entries were read in. */
export interface ChainReader {
  /** Called first, with the checkpoints the database keeps. */
  checkpoints?(stored: Checkpoint[]): void;
  entries(page: AuditRecord[]): void;
  versions?(page: VersionRow[]): void;
  current?(proposal: StoredProposal): void;
}

const HEAD = 1;

function recordOf(row: typeof auditEntries.$inferSelect): AuditRecord {
  return { ...row, at: row.at.toISOString() };
}

function checkpointOf(row: typeof auditCheckpoints.$inferSelect): Checkpoint {
  return { ...row, at: row.at.toISOString() };
}

/** `key` signs the entries and checkpoints; the database never holds it. */
export function auditStore(db: Db, key: string) {
  async function readAll(
    tx: Db,
    reader: ChainReader,
    pageSize: number,
  ): Promise<{ seq: number; hash: string }> {
    const checkpoints = await tx.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
    reader.checkpoints?.(checkpoints.map(checkpointOf));
    for (let after = Number.NEGATIVE_INFINITY; ;) {
      const rows = await tx
        .select()
        .from(auditEntries)
        .where(after === Number.NEGATIVE_INFINITY ? undefined : gt(auditEntries.seq, after))
        .orderBy(asc(auditEntries.seq))
        .limit(pageSize);
      reader.entries(rows.map(recordOf));
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) break;
      after = last.seq;
    }
    if (reader.versions) {
      for (let after: { id: string; version: number } | null = null; ;) {
        const rows: VersionRow[] = await tx
          .select({
            proposalId: proposalVersions.proposalId,
            version: proposalVersions.version,
            status: proposalVersions.status,
            snapshot: proposalVersions.snapshot,
          })
          .from(proposalVersions)
          .where(
            after === null
              ? undefined
              : or(
                  gt(proposalVersions.proposalId, after.id),
                  and(
                    eq(proposalVersions.proposalId, after.id),
                    gt(proposalVersions.version, after.version),
                  ),
                ),
          )
          .orderBy(asc(proposalVersions.proposalId), asc(proposalVersions.version))
          .limit(pageSize);
        reader.versions(rows);
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) break;
        after = { id: last.proposalId, version: last.version };
      }
    }
    if (reader.current) {
      const current = proposalStore(tx);
      const ids = await tx.select({ id: proposals.id }).from(proposals).orderBy(asc(proposals.id));
      for (const { id } of ids) {
        const found = await current.findInTables(id);
        if (found) reader.current(found);
      }
    }
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, HEAD));
    // A deleted head row is itself tampering: verify then sees a chain that should be empty.
    return head ?? { seq: 0, hash: '' };
  }

  return {
    /** A walk over the log that checks the hashes with this store's key. */
    walk: (checkpoints: readonly Checkpoint[] = []) => new ChainWalk(key, checkpoints),

    /**
     * Locks the head row until the transaction ends, so appends from any number of servers
     * take their numbers one after another and the chain never forks.
     */
    async append(entry: NewAuditEntry): Promise<AuditRecord> {
      const [head] = await db.select().from(auditHead).where(eq(auditHead.id, HEAD)).for('update');
      if (!head) throw new Error('the audit head row is missing; the migrations create it');
      const fields: ChainedFields = {
        ...entry,
        seq: head.seq + 1,
        // Milliseconds, as the column keeps them, so the entry reads back exactly as hashed.
        at: new Date().toISOString(),
        prevHash: head.hash,
      };
      const hash = entryHash(fields, key);
      await db.insert(auditEntries).values({ ...fields, at: new Date(fields.at), hash });
      await db.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.id, HEAD));
      return { ...fields, hash };
    },

    /**
     * The whole log in order, handed to `visit` a page at a time, and then the head; all read
     * in one snapshot, so appends meanwhile are not half seen.
     */
    async readChain(
      visit: (entries: AuditRecord[]) => void,
      pageSize = 1000,
    ): Promise<{ seq: number; hash: string }> {
      return this.readForVerify({ entries: visit }, pageSize);
    },

    /** The log, the stored checkpoints and what `reader` asks for, in one snapshot. */
    readForVerify(reader: ChainReader, pageSize = 1000) {
      return db.transaction((tx) => readAll(tx, reader, pageSize), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      });
    },

    /**
     * Signs the head as it stands and keeps the checkpoint; the same head signed twice keeps
     * the first. The head row's lock orders it after any append in flight.
     */
    async checkpoint(): Promise<Checkpoint> {
      return db.transaction(async (tx) => {
        const [head] = await tx
          .select()
          .from(auditHead)
          .where(eq(auditHead.id, HEAD))
          .for('update');
        if (!head) throw new Error('the audit head row is missing; the migrations create it');
        const [kept] = await tx
          .select()
          .from(auditCheckpoints)
          .where(eq(auditCheckpoints.seq, head.seq));
        if (kept && kept.hash === head.hash) return checkpointOf(kept);
        const signed = signCheckpoint(head, key);
        await tx
          .insert(auditCheckpoints)
          .values({ ...signed, at: new Date(signed.at) })
          .onConflictDoUpdate({
            target: auditCheckpoints.seq,
            set: { hash: signed.hash, at: new Date(signed.at), signature: signed.signature },
          });
        return signed;
      });
    },

    async latestCheckpoint(): Promise<Checkpoint | null> {
      const [row] = await db
        .select()
        .from(auditCheckpoints)
        .orderBy(desc(auditCheckpoints.seq))
        .limit(1);
      return row ? checkpointOf(row) : null;
    },

    /** Every entry about a proposal, oldest first: what its steps were, for the workflow. */
    async forProposal(proposalId: string): Promise<AuditRecord[]> {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.proposalId, proposalId))
        .orderBy(asc(auditEntries.seq));
      return rows.map(recordOf);
    },

    /** A page of a proposal's history. */
    async historyPage(proposalId: string, page: TimePageQuery): Promise<Page<AuditRecord>> {
      const about = eq(auditEntries.proposalId, proposalId);
      return paged(
        page,
        db
          .select()
          .from(auditEntries)
          .where(about)
          .orderBy((page.order === 'asc' ? asc : desc)(auditEntries.seq))
          .limit(page.limit)
          .offset(page.offset)
          .then((rows) => rows.map(recordOf)),
        db.$count(auditEntries, about),
      );
    },

    /** The entries about anything but proposals, newest first. */
    async forEntities(page: PageQuery, entityType?: string): Promise<Page<AuditRecord>> {
      const about =
        entityType === undefined
          ? isNotNull(auditEntries.entityType)
          : eq(auditEntries.entityType, entityType);
      return paged(
        page,
        db
          .select()
          .from(auditEntries)
          .where(about)
          .orderBy(desc(auditEntries.seq))
          .limit(page.limit)
          .offset(page.offset)
          .then((rows) => rows.map(recordOf)),
        db.$count(auditEntries, about),
      );
    },
  };
}

export type AuditStore = ReturnType<typeof auditStore>;
