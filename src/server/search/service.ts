import type { SearchQuery } from '../../shared/search-schemas.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Result } from '../problems.ts';
import type { FacetRecords, SearchHitRecord, SimilarRecord } from './store.ts';

// The search verbs: a full-text search with facets, and the proposals most like a given one.

export function searchService({ proposals, search }: DataAccess) {
  return {
    async searchProposals({
      q,
      kind,
      administration,
      round,
      status,
      limit,
      offset,
    }: SearchQuery): Promise<{ total: number; hits: SearchHitRecord[]; facets: FacetRecords }> {
      return search.search({ q, filter: { kind, administration, round, status }, limit, offset });
    },

    async similarProposals({
      id,
      limit,
      scope,
      round,
    }: {
      id: string;
      limit: number;
      scope: 'other' | 'all';
      round?: string | undefined;
    }): Promise<Result<SimilarRecord[]>> {
      if (!(await proposals.exists(id))) {
        return fail({ error: 'NotFound', message: `Der findes intet forslag med id '${id}'.` });
      }
      return ok(
        await search.similar({ id, limit, round, otherAdministrationsOnly: scope === 'other' }),
      );
    },
  };
}
