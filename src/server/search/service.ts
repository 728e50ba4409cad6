import { viewScope } from '../../domain/workflow/index.ts';
import type { SearchQuery } from '../../shared/search-schemas.ts';
import { actorsOf, type SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { proposalPolicy } from '../proposals/policy.ts';
import { fail, ok, type Result } from '../problems.ts';
import type { FacetRecords, SearchHitRecord, SimilarRecord } from './store.ts';
import { say } from '../words.ts';

// The search verbs: a full-text search with facets, and the proposals most like a given one.
// Both answer only with proposals the user may see, by the same rules as reading one.

const scopesOf = (user: SignedInUser) => actorsOf(user).map(viewScope);

const notFound = (id: string) =>
  fail<SimilarRecord[]>({ error: 'NotFound', message: say('problem.proposal.notFound', { id }) });

export function searchService({ search }: DataAccess) {
  return {
    async searchProposals({
      q,
      kind,
      administration,
      round,
      status,
      limit,
      offset,
      user,
    }: SearchQuery & { user: SignedInUser }): Promise<{
      total: number;
      hits: SearchHitRecord[];
      facets: FacetRecords;
      stems: string[];
    }> {
      return search.search({
        q,
        filter: { kind, administration, round, status },
        limit,
        offset,
        scopes: scopesOf(user),
      });
    },

    /** A proposal the user may not see is answered as if it did not exist. */
    async similarProposals({
      id,
      limit,
      scope,
      round,
      user,
    }: {
      id: string;
      limit: number;
      scope: 'other' | 'all';
      round?: string | undefined;
      user: SignedInUser;
    }): Promise<Result<SimilarRecord[]>> {
      const ref = await search.refOf(id);
      if (ref === null || !proposalPolicy.read(user, ref)) return notFound(id);
      return ok(
        await search.similar({
          id,
          limit,
          round,
          otherAdministrationsOnly: scope === 'other',
          scopes: scopesOf(user),
        }),
      );
    },
  };
}
