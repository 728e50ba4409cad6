import { viewScope } from '../../domain/workflow/index.ts';
import type { SearchQuery, SearchResult } from '../../shared/search-schemas.ts';
import { actorsOf, type SignedInUser } from '../auth/actor.ts';
import type { DataAccess } from '../data-access.ts';
import { proposalPolicy } from '../proposals/policy.ts';
import { fail, ok, type Result } from '../problems.ts';
import { presentHit } from './presenter.ts';
import type { SimilarRecord } from './store.ts';
import { say } from '../words.ts';

// The search verbs: a full-text search with facets, and the proposals most like a given one.
// Both answer only with proposals the user may see, by the same rules as reading one.

const scopesOf = (user: SignedInUser) => actorsOf(user).map(viewScope);

const notFound = (id: string) =>
  fail<SimilarRecord[]>({ error: 'NotFound', message: say('problem.proposal.notFound', { id }) });

export function searchService({ search, answers }: DataAccess) {
  const searchProposals = ({
    q,
    kind,
    administration,
    round,
    status,
    limit,
    offset,
    user,
  }: SearchQuery & { user: SignedInUser }) =>
    search.search({
      q,
      filter: { kind, administration, round, status },
      limit,
      offset,
      scopes: scopesOf(user),
    });

  return {
    /** The hits with the text their snippets are cut from, and the stems the query searched. */
    searchProposals,

    /**
     * The search as the API answers it (SearchResult), written as JSON and kept while no
     * proposal changes (db/answers.ts): the same search by users who see the same proposals is
     * then answered without searching again.
     */
    async searchAnswer(
      query: SearchQuery & { user: SignedInUser },
      asOf?: number | null,
    ): Promise<string> {
      const { user, ...asked } = query;
      const key = JSON.stringify({ ...asked, scopes: scopesOf(user) });
      return answers.text(
        `search ${key}`,
        async () => {
          const { stems, ...found } = await searchProposals(query);
          const result: SearchResult = {
            ...found,
            hits: found.hits.map((hit) => presentHit(hit, stems)),
          };
          return JSON.stringify(result);
        },
        asOf,
      );
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
