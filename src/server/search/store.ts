import { sql, type SQL } from 'drizzle-orm';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { ProposalRef, ViewScope } from '../../domain/workflow/index.ts';
import type { SearchFacet } from '../../shared/search-schemas.ts';
import type { Db } from '../db/database.ts';
import { findSimilar } from './similar.ts';
import { visibleTo } from '../proposals/scopes.ts';
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
  /** The passages found, with the words matched between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  snippet: string;
  /** The title, marked the same way. */
  titleMarked: string;
}

export type FacetRecords = Record<SearchFacet, { value: string; count: number }[]>;

/** Control characters, which the stored body never contains (the SQL function strips them). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';
const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", ` +
  'MaxFragments=3, MaxWords=28, MinWords=12, FragmentDelimiter=" … "';
// The whole title, with the words found marked (HighlightAll keeps ts_headline from cutting it).
const TITLE_HEADLINE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", HighlightAll=true`;
/**
 * ts_headline parses all the text it is given, and parsing is nearly all its cost (a body is
 * 5.000 characters on average). The body opens with the summary and the description, the text
 * ranked highest after the title, so the snippet is cut from its first characters when the words
 * are found there, and from the whole body only when they are not.
 */
const SNIPPET_OPENING = 2000;

function snippet(body: SQL, query: SQL): SQL {
  // Ending at a whitespace, so a word cut in half is never shown or matched.
  const opening = sql`case when length(${body}) <= ${SNIPPET_OPENING} then ${body}
    else regexp_replace(left(${body}, ${SNIPPET_OPENING + 1}), '\\S*$', '') end`;
  return sql`(select case when strpos(cut, ${HIGHLIGHT_START}) > 0
        or length(${body}) <= ${SNIPPET_OPENING} then cut
      else ts_headline('danish', ${body}, ${query}, ${HEADLINE_OPTIONS}) end
    -- offset 0 keeps PostgreSQL from inlining cut into both its uses, cutting it twice.
    from (select ts_headline('danish', ${opening}, ${query}, ${HEADLINE_OPTIONS}) as cut
      offset 0) opening)`;
}

// ts_rank_cd's weights for D, C, B and A: a word in the title outweighs the same word several
// times in the body, as a reader expects.
const RANK_WEIGHTS = sql.raw(`'{0.05, 0.1, 0.4, 1.0}'::float4[]`);
/**
 * ts_rank_cd with normalisation 1, which divides by ln(1 + the document's length in words) so
 * long proposals do not win by length alone. The length is stored (refresh_proposal_search), as
 * ts_rank_cd would otherwise count the whole document again for every match.
 */
function rank(query: SQL): SQL {
  return sql`ts_rank_cd(${RANK_WEIGHTS}, s.document, ${query}, 0) / ln(greatest(s.words, 1) + 1)`;
}

const FACET_COLUMNS: Record<SearchFacet, string> = {
  kind: 'kind',
  administration: 'lead_administration',
  round: 'round_id',
  status: 'status',
};

/** The filter as a condition on `matched`, leaving out `except` (a facet counts its own). */
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
      from (select ${column} as value, count(*)::int as n from matched
            where ${column} is not null and ${filterCondition(filter, facet)}
            group by ${column}) counts)`;
}

export function searchStore(db: Db) {
  return {
    /**
     * One statement, so the documents are read and ranked once: the page of hits, the total
     * and the four facets all come from the same matched set, and so agree with each other.
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
    }): Promise<{ total: number; hits: SearchHitRecord[]; facets: FacetRecords }> {
      const query = sql`websearch_to_tsquery('danish', ${q})`;
      const [row] = await rowsOf<{ total: number; hits: SearchHitRecord[] } & FacetRecords>(
        db,
        sql`
        with matched as materialized (
          select p.id, p.code, p.title, p.kind, p.lead_administration, p.round_id, p.status,
            ${rank(query)} as rank
          from proposal_search s join proposals p on p.id = s.proposal_id
          where s.document @@ ${query} and ${visibleTo(scopes)}
        ),
        page as (
          select * from matched where ${filterCondition(filter)}
          order by rank desc, title, id limit ${limit} offset ${offset}
        )
        select
          (select count(*)::int from matched where ${filterCondition(filter)}) as total,
          -- Snippets are cut only for the page shown: ts_headline parses the text it is given.
          (select coalesce(json_agg(json_build_object(
              'id', page.id, 'code', page.code, 'title', page.title, 'kind', page.kind,
              'leadAdministration', page.lead_administration, 'roundId', page.round_id,
              'status', page.status, 'rank', page.rank,
              'snippet', ${snippet(sql`s.body`, query)},
              'titleMarked', ts_headline('danish',
                translate(page.title, ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''), ${query},
                ${TITLE_HEADLINE_OPTIONS}))
              order by page.rank desc, page.title, page.id), '[]'::json)
           from page join proposal_search_text s on s.proposal_id = page.id) as hits,
          ${facetCounts(filter, 'kind')} as kind,
          ${facetCounts(filter, 'administration')} as administration,
          ${facetCounts(filter, 'round')} as round,
          ${facetCounts(filter, 'status')} as status
        `,
      );
      if (!row) throw new Error('search returned no row');
      const { total, hits, ...facets } = row;
      return { total, hits, facets };
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
