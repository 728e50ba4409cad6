import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, SelectedFields } from 'drizzle-orm/pg-core';
import type { ProposalKind, ProposalStatus } from '../../domain/proposal.ts';
import type { SearchFacet } from '../../shared/search-schemas.ts';
import type { Db } from '../db/database.ts';
import { proposals, proposalSearch } from '../db/schema.ts';

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
// Normalisation 1 divides by 1 + log(length), so long proposals do not win by length alone.
const RANK_NORMALISATION = 1;

/** How many of its words a proposal is compared by, and how little overlap still counts. */
const SIMILAR_TERMS = 25;
const SIMILAR_MIN_SCORE = 0.1;

const FACET_COLUMNS: Record<SearchFacet, AnyPgColumn> = {
  kind: proposals.kind,
  administration: proposals.leadAdministration,
  round: proposals.roundId,
  status: proposals.status,
};

/** The filter's conditions, leaving out the one on `except` (a facet counts across its own). */
function filterConditions(filter: SearchFilter, except?: SearchFacet): (SQL | undefined)[] {
  const values: Record<SearchFacet, string | undefined> = {
    kind: filter.kind,
    administration: filter.administration,
    round: filter.round,
    status: filter.status,
  };
  return Object.entries(values).map(([facet, value]) =>
    value === undefined || facet === except
      ? undefined
      : eq(FACET_COLUMNS[facet as SearchFacet], value),
  );
}

const heading = {
  id: proposals.id,
  code: proposals.code,
  title: proposals.title,
  kind: proposals.kind,
  leadAdministration: proposals.leadAdministration,
  roundId: proposals.roundId,
  status: proposals.status,
};

export function searchStore(db: Db) {
  const fromSearch = <T extends SelectedFields>(fields: T) =>
    db
      .select(fields)
      .from(proposalSearch)
      .innerJoin(proposals, eq(proposals.id, proposalSearch.proposalId));

  return {
    async search({
      q,
      filter,
      limit,
      offset,
    }: {
      q: string;
      filter: SearchFilter;
      limit: number;
      offset: number;
    }): Promise<{ total: number; hits: SearchHitRecord[]; facets: FacetRecords }> {
      const query = sql`websearch_to_tsquery('danish', ${q})`;
      const matches = sql`${proposalSearch.document} @@ ${query}`;
      const rank = sql<number>`ts_rank_cd(${RANK_WEIGHTS}, ${proposalSearch.document}, ${query}, ${sql.raw(String(RANK_NORMALISATION))})`;
      // Snippets are cut only for the page shown: ts_headline reads the whole text.
      const page = fromSearch({ ...heading, body: proposalSearch.body, rank: rank.as('rank') })
        .where(and(matches, ...filterConditions(filter)))
        .orderBy(desc(sql.identifier('rank')), asc(proposals.title), asc(proposals.id))
        .limit(limit)
        .offset(offset)
        .as('page');
      const hitsQuery = db
        .select({
          id: page.id,
          code: page.code,
          title: page.title,
          kind: page.kind,
          leadAdministration: page.leadAdministration,
          roundId: page.roundId,
          status: page.status,
          rank: sql<number>`${page.rank}`.mapWith(Number),
          snippet: sql<string>`ts_headline('danish', ${page.body}, ${query}, ${HEADLINE_OPTIONS})`,
        })
        .from(page)
        .orderBy(desc(page.rank), asc(page.title), asc(page.id));

      const totalQuery = fromSearch({ count: count() }).where(
        and(matches, ...filterConditions(filter)),
      );

      const facetQuery = (facet: SearchFacet) => {
        const column = FACET_COLUMNS[facet];
        return fromSearch({ value: sql<string>`${column}`, count: count() })
          .where(and(matches, isNotNull(column), ...filterConditions(filter, facet)))
          .groupBy(column)
          .orderBy(desc(count()), asc(column));
      };

      const [hits, [total], kind, administration, round, status] = await Promise.all([
        hitsQuery,
        totalQuery,
        facetQuery('kind'),
        facetQuery('administration'),
        facetQuery('round'),
        facetQuery('status'),
      ]);
      return {
        total: total?.count ?? 0,
        hits,
        facets: { kind, administration, round, status },
      };
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
    }: {
      id: string;
      limit: number;
      otherAdministrationsOnly: boolean;
      /** Only proposals of this round, when given. */
      round?: string | undefined;
    }): Promise<SimilarRecord[]> {
      const result = await db.execute(sql`
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
        ),
        corpus as (select count(*)::float8 as n from proposal_search),
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
        scored as (
          select p.id, p.code, p.title, p.kind, p.lead_administration, p.round_id, p.status,
            (select sum(k.weight) from keyed k where o.document @@ k.query) / key.weight as score
          from key cross join mine
          cross join proposal_search o
          join proposals p on p.id = o.proposal_id
          where key.weight > 0 and o.proposal_id <> ${id}::uuid and o.document @@ key.query
            and (not ${otherAdministrationsOnly}
                 or p.lead_administration is distinct from mine.lead_administration)
            and (${round ?? null}::text is null or p.round_id = ${round ?? null})
        )
        select id, code, title, kind, lead_administration as "leadAdministration",
          round_id as "roundId", status, score::float8 as score
        from scored
        where score >= ${SIMILAR_MIN_SCORE}
        order by score desc, title, id
        limit ${limit}
      `);
      // Both drivers answer a raw query with its rows under `rows`.
      return (result as unknown as { rows: SimilarRecord[] }).rows.map((row) => ({
        ...row,
        score: Number(row.score),
      }));
    },
  };
}

export type SearchStore = ReturnType<typeof searchStore>;
