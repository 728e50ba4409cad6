import { z } from 'zod';
import { pageOf } from './paging.ts';

// Comments on a proposal on the wire: written by a signed-in user, read by whoever may see the
// proposal, oldest first.

export const commentInput = z.strictObject({
  body: z.string().trim().min(1).max(5000),
});
export type CommentInput = z.infer<typeof commentInput>;

export const commentOutput = z.object({
  id: z.uuid(),
  author: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CommentOutput = z.infer<typeof commentOutput>;

export const commentList = pageOf(commentOutput);
export type CommentList = z.infer<typeof commentList>;
