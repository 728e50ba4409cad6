import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditEntries, auditHead } from '../db/schema.ts';
import { entryHash, type ChainedFields } from './hash-chain.ts';

// Appends to the audit log and reads it back. An append runs inside the caller's transaction,
// so the entry commits or rolls back with the change it records.

export interface AuditRecord extends ChainedFields {
  hash: string;
}

export type NewAuditEntry = Omit<ChainedFields, 'seq' | 'at' | 'prevHash'>;

const HEAD = 1;

function recordOf(row: typeof auditEntries.$inferSelect): AuditRecord {
  return { ...row, at: row.at.toISOString() };
}

export function auditStore(db: Db) {
  return {
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
      const hash = entryHash(fields);
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
      return db.transaction(
        async (tx) => {
          for (let after = Number.NEGATIVE_INFINITY; ;) {
            const rows = await tx
              .select()
              .from(auditEntries)
              .where(after === Number.NEGATIVE_INFINITY ? undefined : gt(auditEntries.seq, after))
              .orderBy(asc(auditEntries.seq))
              .limit(pageSize);
            visit(rows.map(recordOf));
            const last = rows.at(-1);
            if (!last || rows.length < pageSize) break;
            after = last.seq;
          }
          const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, HEAD));
          // A deleted head row is itself tampering: verify then sees a chain that should be empty.
          return head ?? { seq: 0, hash: '' };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },

    async forProposal(proposalId: string): Promise<AuditRecord[]> {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.proposalId, proposalId))
        .orderBy(asc(auditEntries.seq));
      return rows.map(recordOf);
    },
  };
}

export type AuditStore = ReturnType<typeof auditStore>;
