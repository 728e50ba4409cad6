import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../domain/proposal.ts';
import type { SearchParams } from '../api/search.ts';
import { SEARCH_PAGE_SIZE } from '../../shared/search-schemas.ts';

// The search lives in the address (/soeg?q=…&kind=…), so a search can be bookmarked, shared and
// returned to with the back button.

export const SEARCH_PATH = '/soeg';

export function readSearchQuery(search: URLSearchParams): SearchParams {
  const offset = Number(search.get('offset'));
  return {
    q: search.get('q')?.trim() ?? '',
    kind: PROPOSAL_KINDS.find((k) => k === search.get('kind')) ?? null,
    administration: search.get('administration') || null,
    round: search.get('round') || null,
    status: PROPOSAL_STATUSES.find((s) => s === search.get('status')) ?? null,
    // Only whole pages: anything else in the address starts from the first hit.
    offset: Number.isInteger(offset) && offset > 0 && offset % SEARCH_PAGE_SIZE === 0 ? offset : 0,
  };
}

export function writeSearchQuery(params: SearchParams): URLSearchParams {
  const search = new URLSearchParams({ q: params.q });
  for (const key of ['kind', 'administration', 'round', 'status'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.offset > 0) search.set('offset', String(params.offset));
  return search;
}

/** The address of a new search for `q`, without the filters of the one before. */
export function searchPathFor(q: string): string {
  return `${SEARCH_PATH}?${new URLSearchParams({ q: q.trim() }).toString()}`;
}
