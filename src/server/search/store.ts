import { sql, type SQL } from 'drizzle-orm';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { ProposalRef, ViewScope } from '../../domain/workflow/index.ts';
import type { SearchFacet } from '../../shared/search-schemas.ts';
import type { Db } from '../db/database.ts';
import { findSimilar } from './similar.ts';
import { visibleTo, type ProposalColumns } from '../proposals/scopes.ts';
import { rowsOf, type ProposalHeading } from './sql.ts';

export type { SimilarRecord } from './similar.ts';

// Full-text search over the stored search documents (see refresh_proposal_search), with the
// Danish stemmer on both sides; similar proposals are in similar.ts.

export interface SearchFilter {
  kind?: ProposalKind | undefined;
  administration?: string | undefined;
  round?: string | undefined;
  status?: ProposalStatus | undefined;
}

export interface SearchHitRecord extends ProposalHeading {
  rank: number;
  /** The text its snippet is cut from (see snippets.ts). */
  body: string;
}

export type FacetRecords = Record<SearchFacet, { value: string; count: number }[]>;

const FACET_COLUMNS: Record<SearchFacet, string> = {
  kind: 'kind',
  administration: 'lead_administration',
  round: 'round_id',
  status: 'status',
};

/**
 * The filter as a condition on the search document's copies of the proposal's columns,
 * leaving out `except` (a facet counts its own).
 */
function filterCondition(filter: SearchFilter, except?: SearchFacet): SQL {
  const values: Record<SearchFacet, string | undefined> = {
    kind: filter.kind,
    administration: filter.administration,
    round: filter.round,
    status: filter.status,
  };
  const conditions = Object.entries(values).flatMap(([facet, value]) =>
    value === undefined || facet === except
      ? []
      : [sql`${sql.identifier(FACET_COLUMNS[facet as SearchFacet])} = ${value}`],
  );
  return conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
}

function facetCounts(filter: SearchFilter, facet: SearchFacet): SQL {
  const column = sql.identifier(FACET_COLUMNS[facet]);
  return sql`(select coalesce(json_agg(json_build_object('value', value, 'count', n)
        order by n desc, value), '[]'::json)
      from (select ${column} as value, sum(n)::int as n from combos
            where ${column} is not null and ${filterCondition(filter, facet)}
            group by ${column}) counts)`;
}

/**
 * A lexeme as a tsquery's text writes it: quoted, a quote inside doubled. PostgreSQL has no
 * function that lists a tsquery's lexemes.
 */
const LEXEME = `'((?:[^']|'')+)'`;

/** The search document's copies of the proposal's columns (migration 0024), under `s`. */
const searched: ProposalColumns = {
  status: sql`s.status`,
  leadAdministration: sql`s.lead_administration`,
};

export function searchStore(db: Db) {
  return {
    /**
     * One statement: the page of hits, the total and the four facets come from the same
     * matches, and so agree with each other. A proposal's rank is the sum of the searched
     * words' impacts in it (proposal_search_terms): for one word exactly ts_rank_cd's, weighted
     * by where it stands and divided by ln(1 + the document's words); for several, without
     * ts_rank_cd's reward for words standing close.
     */
    async search({
      q,
      filter,
      limit,
      offset,
      scopes,
    }: {
      q: string;
      filter: SearchFilter;
      limit: number;
      offset: number;
      /** What the user may see; see visibleTo. */
      scopes: ViewScope[] | null;
    }): Promise<{
      total: number;
      hits: SearchHitRecord[];
      facets: FacetRecords;
      /** The stems the query searched for, which its snippets mark. */
      stems: string[];
    }> {
      const selected = sql`${visibleTo(scopes, searched)} and ${filterCondition(filter)}`;
      // Ties (rare outside generated archives) by id, which the impacts' index holds in order:
      // sorting every match by its title cost more than the rest of a search.
      const order = sql`order by rank desc, s.proposal_id limit ${limit} offset ${offset}`;
      const [row] = await rowsOf<
        { total: number; hits: SearchHitRecord[]; stems: string[] } & FacetRecords
      >(
        db,
        sql`
        -- Materialised: parsed once, and hidden from the planner, which would otherwise see a
        -- word found in every document and scan the table, reading each document from out of
        -- line, instead of asking the index.
        with q as materialized (select websearch_to_tsquery('danish', ${q}) as query),
        shape as (
          select q.query, words.lexemes, cardinality(words.lexemes) = 1
              and q.query::text = quote_literal(words.lexemes[1]) as one_word
          from q cross join lateral (
            select coalesce(array_agg(distinct replace(m[1], '''''', '''')), '{}') as lexemes
            from regexp_matches(q.query::text, ${LEXEME}, 'g') m) words
        ),
        combos as (
          select s.kind, s.lead_administration, s.round_id, s.status, count(*)::int as n
          from proposal_search s, q
          where s.document @@ q.query and ${visibleTo(scopes, searched)}
          group by s.kind, s.lead_administration, s.round_id, s.status
        ),
        page as (
          -- One word, the commonest search: the proposals holding it are read from the
          -- impacts' index in rank order, so a page does not rank every match.
          (select t.proposal_id as id, t.impact::float8 as rank
           from shape cross join lateral (
             select t.proposal_id, t.impact from proposal_search_terms t
             where t.lexeme = shape.lexemes[1]
             order by t.impact desc nulls last, t.proposal_id) t
           -- offset 0 keeps this a lookup per word in order, which stops at the page's end,
           -- rather than a join of every match the planner would sort.
           cross join lateral (select 1 from proposal_search s
             where s.proposal_id = t.proposal_id and ${selected} offset 0) visible
           where shape.one_word
           limit ${limit} offset ${offset})
          union all
          -- Anything else (several words, a phrase, -word, or) matches by the document.
          (select s.proposal_id as id, ranked.rank
           from shape, proposal_search s
           join (select t.proposal_id, sum(t.impact)::float8 as rank
                 from shape, proposal_search_terms t
                 where not shape.one_word and t.lexeme = any(shape.lexemes)
                 group by t.proposal_id) ranked on ranked.proposal_id = s.proposal_id
           where not shape.one_word and s.document @@ shape.query and ${selected}
           ${order})
        )
        select
          (select coalesce(sum(n), 0)::int from combos where ${filterCondition(filter)}) as total,
          (select coalesce(json_agg(json_build_object(
              'id', p.id, 'code', p.code, 'title', p.title, 'kind', p.kind,
              'leadAdministration', p.lead_administration, 'roundId', p.round_id,
              'status', p.status, 'rank', page.rank, 'body', s.body)
              order by page.rank desc, p.id), '[]'::json)
           from page join proposals p on p.id = page.id
           join proposal_search_text s on s.proposal_id = page.id) as hits,
          ${facetCounts(filter, 'kind')} as kind,
          ${facetCounts(filter, 'administration')} as administration,
          ${facetCounts(filter, 'round')} as round,
          ${facetCounts(filter, 'status')} as status,
          (select to_json(lexemes) from shape) as stems
        `,
      );
      if (!row) throw new Error('search returned no row');
      const { total, hits, stems, ...facets } = row;
      return { total, hits, facets, stems };
    },

    /** What the policy needs to know of a proposal; null when there is none. */
    async refOf(id: string): Promise<ProposalRef | null> {
      const [row] = await rowsOf<ProposalRef>(
        db,
        sql`select status, lead_administration as "leadAdministration"
            from proposals where id = ${id}::uuid`,
      );
      return row ?? null;
    },

    similar: (args: Parameters<typeof findSimilar>[1]) => findSimilar(db, args),
  };
}

export type SearchStore = ReturnType<typeof searchStore>;
