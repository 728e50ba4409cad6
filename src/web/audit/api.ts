import type { AuditEntryOutput, AuditHistory } from '../../shared/audit-schema.ts';
import { apiRequest } from '../api/client.ts';

export type { AuditEntryOutput };

export const HISTORY_PAGE_SIZE = 50;

/** Newest first, a page at a time. */
export function getHistory(
  id: string,
  offset: number,
  signal?: AbortSignal,
): Promise<AuditHistory> {
  const query = `order=desc&limit=${HISTORY_PAGE_SIZE}&offset=${offset}`;
  return apiRequest(`/proposals/${encodeURIComponent(id)}/history?${query}`, { signal });
}
