import { PROPOSAL_KINDS } from '../../../domain/proposal.ts';
import { DEFAULT_PAGE_SIZE } from '../../../shared/paging.ts';
import type { ProposalListParams, SortKey, SortOrder } from '../../api/proposals.ts';

// The list's filters and sort live in the address, so a view can be bookmarked, shared and
// restored with the back button.

export const SORT_KEYS: readonly SortKey[] = ['code', 'title', 'updatedAt', 'amount'];
export const DEFAULT_SORT: SortKey = 'code';

/** The first order a column sorts in: the newest changes and the largest amounts first. */
const FIRST_ORDER: Record<SortKey, SortOrder> = {
  code: 'asc',
  title: 'asc',
  updatedAt: 'desc',
  amount: 'desc',
};

export function readListQuery(search: URLSearchParams): ProposalListParams {
  const kind = PROPOSAL_KINDS.find((k) => k === search.get('kind')) ?? null;
  const sort = SORT_KEYS.find((k) => k === search.get('sort')) ?? DEFAULT_SORT;
  const order = search.get('order');
  const offset = Number(search.get('offset'));
  return {
    kind,
    administration: search.get('administration') || null,
    round: search.get('round') || null,
    sort,
    order: order === 'asc' || order === 'desc' ? order : FIRST_ORDER[sort],
    // Only whole pages: anything else in the address starts from the first proposal.
    offset: Number.isInteger(offset) && offset > 0 && offset % DEFAULT_PAGE_SIZE === 0 ? offset : 0,
  };
}

/** The address form of a query; defaults are left out so the plain list has a plain address. */
export function writeListQuery(query: ProposalListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (query.kind) search.set('kind', query.kind);
  if (query.administration) search.set('administration', query.administration);
  if (query.round) search.set('round', query.round);
  if (query.sort !== DEFAULT_SORT || query.order !== FIRST_ORDER[query.sort]) {
    search.set('sort', query.sort);
    search.set('order', query.order);
  }
  if (query.offset > 0) search.set('offset', String(query.offset));
  return search;
}

/**
 * Clicking the sorted column reverses it; clicking another sorts by that in its first order.
 * Either starts from the first page.
 */
export function toggleSort(query: ProposalListParams, key: SortKey): ProposalListParams {
  if (query.sort === key) {
    return { ...query, order: query.order === 'asc' ? 'desc' : 'asc', offset: 0 };
  }
  return { ...query, sort: key, order: FIRST_ORDER[key], offset: 0 };
}
