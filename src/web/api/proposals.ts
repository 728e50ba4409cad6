import type { ProposalKind } from '../../domain/proposal.ts';
import type {
  ProposalSort,
  ProposalSummary,
  RuleBreach,
  VersionSummary,
} from '../../shared/api-schemas.ts';
import { DEFAULT_PAGE_SIZE, type Page } from '../../shared/paging.ts';
import type {
  ProposalContentInput,
  ProposalOutput,
  ProposalUpdateInput,
} from '../../shared/proposal-schema.ts';
import { apiRequest } from './client.ts';

export type SortKey = ProposalSort;
export type SortOrder = 'asc' | 'desc';
export type { ProposalSummary, VersionSummary };

/** The list's filters and sort, all of them explicit (the address leaves defaults out). */
export interface ProposalListParams {
  kind: ProposalKind | null;
  administration: string | null;
  round: string | null;
  sort: SortKey;
  order: SortOrder;
  /** How many of the list come before the page shown. */
  offset: number;
  limit?: number;
}

export function listProposals(
  params: ProposalListParams,
  signal?: AbortSignal,
): Promise<Page<ProposalSummary>> {
  const query = new URLSearchParams({
    sort: params.sort,
    order: params.order,
    offset: String(params.offset),
    limit: String(params.limit ?? DEFAULT_PAGE_SIZE),
  });
  if (params.kind) query.set('kind', params.kind);
  if (params.administration) query.set('administration', params.administration);
  if (params.round) query.set('round', params.round);
  return apiRequest(`/proposals?${query.toString()}`, { signal });
}

/** Of the proposals `ids` (at most RULE_BREACH_IDS_MAX), those whose figures break a rule. */
export function listRuleBreaches(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<{ items: RuleBreach[] }> {
  const query = new URLSearchParams({ ids: ids.join(',') });
  return apiRequest(`/proposals/rule-breaches?${query.toString()}`, { signal });
}

export function getProposal(id: string, signal?: AbortSignal): Promise<ProposalOutput> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}`, { signal });
}

export function createProposal(input: ProposalContentInput): Promise<ProposalOutput> {
  return apiRequest('/proposals', { method: 'POST', body: input });
}

export function updateProposal(id: string, input: ProposalUpdateInput): Promise<ProposalOutput> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export const VERSIONS_PAGE_SIZE = 50;

/** Newest first, a page at a time. */
export function listVersions(
  id: string,
  offset: number,
  signal?: AbortSignal,
): Promise<Page<VersionSummary>> {
  const query = `order=desc&limit=${VERSIONS_PAGE_SIZE}&offset=${offset}`;
  return apiRequest(`/proposals/${encodeURIComponent(id)}/versions?${query}`, { signal });
}

export function getVersion(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<ProposalOutput> {
  return apiRequest(`/proposals/${encodeURIComponent(id)}/versions/${version}`, { signal });
}
