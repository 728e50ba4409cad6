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

export const snippetPart = z
  .object({ text: z.string(), match: z.boolean() })
  .describe('Et stykke af uddraget; match er sand for de ord, søgningen fandt');
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
    rank: z.number().describe('Højere er bedre; kan kun sammenlignes inden for én søgning'),
    titleParts: z.array(snippetPart).describe('Titlen med de fundne ord markeret'),
    snippet: z
      .array(snippetPart)
      .describe('Op til tre passager af teksten omkring de fundne ord, som tekst'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHit>;

export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

export const SEARCH_FACETS = ['kind', 'administration', 'round', 'status'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const searchResult = z
  .object({
    total: z.number().int().describe('Hits for søgningen og alle filtre, på alle sider'),
    hits: z.array(searchHit),
    facets: z
      .object({
        kind: z.array(facetCount),
        administration: z.array(facetCount),
        round: z.array(facetCount),
        status: z.array(facetCount),
      })
      .describe(
        'Pr. filter: hvor mange hits hver værdi giver med søgningen og de øvrige filtre, så et valg aldrig giver en tom side ved en overraskelse',
      ),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResult>;

export const SIMILAR_SCOPES = ['other', 'all'] as const;

export const similarQuery = proposalListQuery.pick({ round: true }).extend({
  limit: z.coerce.number().int().min(1).max(20).default(5).describe('Højst så mange forslag'),
  scope: z
    .enum(SIMILAR_SCOPES)
    .default('other')
    .describe(
      'other: forslag fra andre forvaltninger (dem, der kan overlappe) og næsten ens forslag fra samme forvaltning (mulige dubletter); all: alle',
    ),
});

export const similarProposal = z
  .object({
    ...proposalHeading,
    score: z
      .number()
      .describe(
        'Andelen (0-1) af forslagets særlige ord, vægtet efter hvor de står og hvor sjældne de er blandt alle forslag, som det andet forslag også bruger',
      ),
    sameAdministration: z
      .boolean()
      .describe(
        'Fra samme forvaltning: med scope=other kun vist, når det er næsten magen til (score mindst 0,8 og næsten samme titel), en mulig dublet',
      ),
  })
  .meta({ id: 'SimilarProposal' });
export type SimilarProposal = z.infer<typeof similarProposal>;

export const similarList = z.object({ items: z.array(similarProposal) });
