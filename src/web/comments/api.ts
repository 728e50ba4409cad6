import type { CommentList, CommentOutput } from '../../shared/comment-schema.ts';
import { apiRequest } from '../api/client.ts';

export const COMMENTS_PAGE_SIZE = 50;

const path = (id: string) => `/proposals/${encodeURIComponent(id)}/comments`;

export function getComments(
  id: string,
  offset: number,
  signal?: AbortSignal,
): Promise<CommentList> {
  return apiRequest(`${path(id)}?offset=${offset}&limit=${COMMENTS_PAGE_SIZE}`, { signal });
}

export function addComment(id: string, body: string): Promise<CommentOutput> {
  return apiRequest(path(id), { method: 'POST', body: { body } });
}
