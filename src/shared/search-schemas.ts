import { z } from 'zod';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { proposalListQuery } from './api-schemas.ts';

// Full-text search and similar proposals on the wire; the server validates with these and the
// web app reads its answers by the same types.

export const SEARCH_PAGE_SIZE = 20;

export const searchQuery = proposalListQuery
  .pick({ kind: true, administration: true, round: true })
  .extend({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe(
        'Danske søgeord; alle bøjningsformer findes. "Citationstegn" søger en frase, -ord udelukker, or giver enten-eller.',
      ),
    status: z.enum(PROPOSAL_STATUSES).optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(SEARCH_PAGE_SIZE)
      .describe('Antal hits pr. side'),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(0)
      .describe('Antal hits, der springes over (til sider)'),
  });
export type SearchQuery = z.output<typeof searchQuery>;

/** A piece of a snippet; `match` marks the words the query found. */
export const snippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

const proposalHeading = {
  id: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  leadAdministration: z.string().nullable(),
  roundId: z.string().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
};

export const searchHit = z
  .object({
    ...proposalHeading,
    /** Higher is better; comparable only within one search. */
    rank: z.number(),
    /** Up to three passages of the text around the words found. */
    snippet: z.array(snippetPart),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHit>;

export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

export const SEARCH_FACETS = ['kind', 'administration', 'round', 'status'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const searchResult = z
  .object({
    /** Hits for the query and every filter, over all pages. */
    total: z.number().int(),
    hits: z.array(searchHit),
    /**
     * Per filter, how many hits each of its values would give with the query and the other
     * filters, so choosing a value never shows an empty page by surprise.
     */
    facets: z.object({
      kind: z.array(facetCount),
      administration: z.array(facetCount),
      round: z.array(facetCount),
      status: z.array(facetCount),
    }),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResult>;

export const SIMILAR_SCOPES = ['other', 'all'] as const;

export const similarQuery = proposalListQuery.pick({ round: true }).extend({
  limit: z.coerce.number().int().min(1).max(20).default(5).describe('Højst så mange forslag'),
  scope: z
    .enum(SIMILAR_SCOPES)
    .default('other')
    .describe('other: kun forslag fra andre forvaltninger (dem, der kan overlappe); all: alle'),
});

export const similarProposal = z
  .object({
    ...proposalHeading,
    /**
     * The share, 0 to 1, of this proposal's distinctive words (weighted by where they stand
     * and how rare they are among all proposals) that the other proposal also uses.
     */
    score: z.number(),
  })
  .meta({ id: 'SimilarProposal' });
export type SimilarProposal = z.infer<typeof similarProposal>;

export const similarList = z.object({ items: z.array(similarProposal) });
