import type { AuditEntryOutput, AuditHistory } from '../../shared/audit-schema.ts';
import { apiRequest } from '../api/client.ts';

export type { AuditEntryOutput };

export function getHistory(id: string, signal?: AbortSignal): Promise<AuditHistory> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}/history`, { signal });
}
