import { sql, type SQL } from 'drizzle-orm';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { ProposalRef, ViewScope } from '../../domain/workflow/index.ts';
import type { SearchFacet } from '../../shared/search-schemas.ts';
import type { Db } from '../db/database.ts';

// Full-text search over the stored search documents (see refresh_proposal_search), with the
// Danish stemmer on both sides, and similar proposals by the words they share.

export interface SearchFilter {
  kind?: ProposalKind | undefined;
  administration?: string | undefined;
  round?: string | undefined;
  status?: ProposalStatus | undefined;
}

export interface ProposalHeading {
  id: string;
  code: string | null;
  title: string;
  kind: ProposalKind;
  leadAdministration: string | null;
  roundId: string | null;
  status: ProposalStatus;
}

export interface SearchHitRecord extends ProposalHeading {
  rank: number;
  /** The passages found, with the words matched between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  snippet: string;
}

export interface SimilarRecord extends ProposalHeading {
  score: number;
}

export type FacetRecords = Record<SearchFacet, { value: string; count: number }[]>;

/** Control characters, which the stored body never contains (the SQL function strips them). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';
const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", ` +
  'MaxFragments=3, MaxWords=28, MinWords=12, FragmentDelimiter=" … "';

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

/**
 * How many of its words a proposal is weighed by rarity, how many of those it is compared by,
 * and how little overlap still counts.
 */
const SIMILAR_CANDIDATE_TERMS = 60;
const SIMILAR_TERMS = 25;
const SIMILAR_MIN_SCORE = 0.1;

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

/**
 * The proposals (alias `p`) a user with these scopes may see: those any one of them allows.
 * Null is no user at all, which only reaches the search while access is not enforced.
 */
function visibleTo(scopes: ViewScope[] | null): SQL {
  if (scopes === null) return sql`true`;
  const allowed = scopes.map((view) => {
    switch (view.scope) {
      case 'all':
        return sql`true`;
      case 'administration':
        return sql`p.lead_administration is not distinct from ${view.administration}::text`;
      case 'statuses':
        return sql`p.status in (${sql.join(
          view.statuses.map((status) => sql`${status}`),
          sql`, `,
        )})`;
    }
  });
  return allowed.length > 0 ? sql`(${sql.join(allowed, sql` or `)})` : sql`false`;
}

/** Both drivers answer a raw query with its rows under `rows`. */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
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
          -- Snippets are cut only for the page shown: ts_headline reads the whole text.
          (select coalesce(json_agg(json_build_object(
              'id', page.id, 'code', page.code, 'title', page.title, 'kind', page.kind,
              'leadAdministration', page.lead_administration, 'roundId', page.round_id,
              'status', page.status, 'rank', page.rank,
              'snippet', ts_headline('danish', s.body, ${query}, ${HEADLINE_OPTIONS}))
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

    /**
     * The proposals that share most of this one's distinctive words: its lexemes weighted by
     * where they stand (title 4, summary 2, body 1, tables ½) and by rarity among all proposals
     * (BM25's idf, which stays positive when there are only a few proposals), the strongest
     * SIMILAR_TERMS of those found in any other proposal kept; each other proposal scores the
     * share of that weight it contains. Words in nearly every proposal weigh almost nothing, so
     * "borgere" and "forvaltning" do not make everything alike.
     */
    async similar({
      id,
      limit,
      otherAdministrationsOnly,
      round,
      scopes,
    }: {
      id: string;
      limit: number;
      otherAdministrationsOnly: boolean;
      /** Only proposals of this round, when given. */
      round?: string | undefined;
      /** What the user may see; see visibleTo. */
      scopes: ViewScope[] | null;
    }): Promise<SimilarRecord[]> {
      const rows = await rowsOf<SimilarRecord>(
        db,
        sql`
        with mine as (
          select s.document, p.lead_administration
          from proposal_search s join proposals p on p.id = s.proposal_id
          where s.proposal_id = ${id}::uuid
        ),
        terms as (
          select t.lexeme, quote_literal(t.lexeme)::tsquery as query,
            (select sum(case w when 'A' then 4 when 'B' then 2 when 'C' then 1 else 0.5 end)
             from unnest(t.weights) w) as tf
          from mine cross join unnest(mine.document) t
          -- Numbers (years, amounts) say little about the subject; a quote or backslash
          -- would not survive quote_literal's round trip into a tsquery.
          where length(t.lexeme) > 2 and t.lexeme !~ '^[0-9.,]+$'
            and strpos(t.lexeme, '''') = 0 and strpos(t.lexeme, chr(92)) = 0
          -- Only the most used words are weighed by rarity: each costs an index lookup.
          order by tf desc, t.lexeme
          limit ${SIMILAR_CANDIDATE_TERMS}
        ),
        -- Materialised, here and below, so the planner cannot inline it and count (or score)
        -- once for every row that refers to it.
        corpus as materialized (select count(*)::float8 as n from proposal_search),
        keyed as (
          select t.query, t.tf * ln(1 + (corpus.n - df.n + 0.5) / (df.n + 0.5)) as weight
          from terms t cross join corpus
          cross join lateral (
            select count(*)::float8 as n from proposal_search o where o.document @@ t.query
          ) df
          where df.n > 1
          order by weight desc, t.lexeme
          limit ${SIMILAR_TERMS}
        ),
        key as (
          select sum(weight) as weight, string_agg(query::text, ' | ')::tsquery as query
          from keyed
        ),
        scored as materialized (
          select c.*, (select sum(k.weight) from keyed k where c.document @@ k.query) / key.weight
            as score
          from key cross join (
            -- Concatenating an empty tsvector detoasts each document once, here, rather than
            -- once for every key term above; offset 0 keeps the planner from undoing it.
            select p.id, p.code, p.title, p.kind, p.lead_administration, p.round_id, p.status,
              o.document || ''::tsvector as document
            from key cross join mine
            cross join proposal_search o
            join proposals p on p.id = o.proposal_id
            where key.weight > 0 and o.proposal_id <> ${id}::uuid and o.document @@ key.query
              and (not ${otherAdministrationsOnly}
                   or p.lead_administration is distinct from mine.lead_administration)
              and (${round ?? null}::text is null or p.round_id = ${round ?? null})
              and ${visibleTo(scopes)}
            offset 0
          ) c
        )
        select id, code, title, kind, lead_administration as "leadAdministration",
          round_id as "roundId", status, score::float8 as score
        from scored
        where score >= ${SIMILAR_MIN_SCORE}
        order by score desc, title, id
        limit ${limit}
      `,
      );
      return rows.map((row) => ({ ...row, score: Number(row.score) }));
    },
  };
}

export type SearchStore = ReturnType<typeof searchStore>;
