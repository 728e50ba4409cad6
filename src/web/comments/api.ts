import type { CommentList, CommentOutput } from '../../shared/comment-schema.ts';
import { apiRequest } from '../api/client.ts';

const path = (id: string) => `/proposals/${encodeURIComponent(id)}/comments`;

export function getComments(id: string, signal?: AbortSignal): Promise<CommentList> {
  return apiRequest(path(id), { signal });
}

export function addComment(id: string, body: string): Promise<CommentOutput> {
  return apiRequest(path(id), { method: 'POST', body: { body } });
}
