import type { Administration, Committee, Round } from '../../shared/api-schemas.ts';
import { apiRequest } from './client.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The hearing bodies are offered as suggestions only (a proposal may name any body), so any
 * item shape is accepted: a plain name, or an object with a name.
 */
export function hearingBodyNames(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const names = items.flatMap((item): string[] => {
    if (typeof item === 'string') return [item];
    if (isRecord(item) && typeof item.name === 'string') return [item.name];
    return [];
  });
  return [...new Set(names)];
}

export const listAdministrations = (signal?: AbortSignal) =>
  apiRequest<{ items: Administration[] }>('/administrations', { signal }).then((r) => r.items);

export const listCommittees = (signal?: AbortSignal) =>
  apiRequest<{ items: Committee[] }>('/committees', { signal }).then((r) => r.items);

export const listRounds = (signal?: AbortSignal) =>
  apiRequest<{ items: Round[] }>('/rounds', { signal }).then((r) => r.items);

export const listHearingBodies = (signal?: AbortSignal) =>
  apiRequest<{ items: unknown }>('/hearing-bodies', { signal }).then((r) =>
    hearingBodyNames(r.items),
  );
