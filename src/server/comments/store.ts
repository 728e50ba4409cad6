import { asc, eq } from 'drizzle-orm';
import type { Page, PageQuery } from '../../shared/paging.ts';
import type { Db } from '../db/database.ts';
import { paged } from '../db/paged.ts';
import { proposalComments } from '../db/schema.ts';

export type StoredComment = typeof proposalComments.$inferSelect;

export function commentStore(db: Db) {
  return {
    /** Oldest first. */
    async list(proposalId: string, page: PageQuery): Promise<Page<StoredComment>> {
      const about = eq(proposalComments.proposalId, proposalId);
      return paged(
        page,
        db
          .select()
          .from(proposalComments)
          .where(about)
          .orderBy(asc(proposalComments.createdAt), asc(proposalComments.id))
          .limit(page.limit)
          .offset(page.offset),
        db.$count(proposalComments, about),
      );
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
