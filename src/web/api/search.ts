import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { SearchResult, SimilarProposal } from '../../shared/search-schemas.ts';
import { apiRequest } from './client.ts';

export type {
  FacetCount,
  SearchHit,
  SearchResult,
  SimilarProposal,
  SnippetPart,
} from '../../shared/search-schemas.ts';

/** What the search page shows: the words, the filters and the page, all in its address. */
export interface SearchParams {
  q: string;
  kind: ProposalKind | null;
  administration: string | null;
  round: string | null;
  status: ProposalStatus | null;
  offset: number;
}

export function searchProposals(params: SearchParams, signal?: AbortSignal): Promise<SearchResult> {
  const query = new URLSearchParams({ q: params.q });
  for (const key of ['kind', 'administration', 'round', 'status'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.offset > 0) query.set('offset', String(params.offset));
  return apiRequest(`/search?${query.toString()}`, { signal });
}

export function similarProposals(
  id: string,
  signal?: AbortSignal,
): Promise<{ items: SimilarProposal[] }> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}/similar`, { signal });
}

// Under 'proposals', so creating a proposal (which invalidates that key) refreshes them too.
export const useSearch = (params: SearchParams) =>
  useQuery({
    queryKey: ['proposals', 'search', params],
    queryFn: ({ signal }) => searchProposals(params, signal),
    enabled: params.q.trim() !== '',
    // Keep the hits on screen while a filter or the next page loads.
    placeholderData: keepPreviousData,
  });

export const useSimilar = (id: string) =>
  useQuery({
    queryKey: ['proposals', 'one', id, 'similar'],
    queryFn: ({ signal }) => similarProposals(id, signal).then((r) => r.items),
  });
