import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { proposalComments } from '../db/schema.ts';

export type StoredComment = typeof proposalComments.$inferSelect;

export function commentStore(db: Db) {
  return {
    async list(proposalId: string): Promise<StoredComment[]> {
      return db
        .select()
        .from(proposalComments)
        .where(eq(proposalComments.proposalId, proposalId))
        .orderBy(asc(proposalComments.createdAt), asc(proposalComments.id));
    },

    async insert(comment: {
      proposalId: string;
      authorId: string;
      authorName: string;
      body: string;
    }): Promise<StoredComment> {
      const [row] = await db.insert(proposalComments).values(comment).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },
  };
}
