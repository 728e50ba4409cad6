import { sql } from 'drizzle-orm';
import { NEAR_IDENTICAL, titleLikeness } from '../../domain/imports/duplicates.ts';
import type { ViewScope } from '../../domain/workflow/index.ts';
import type { Db } from '../db/database.ts';
import { visibleTo } from '../proposals/scopes.ts';
import { rowsOf, type ProposalHeading } from './sql.ts';

export interface SimilarRecord extends ProposalHeading {
  score: number;
  /** Led by the same forvaltning: shown under the default scope only as a near-duplicate. */
  sameAdministration: boolean;
}

/**
 * How many of its words a proposal is weighed by rarity, how many of those it is compared by,
 * and how little overlap still counts.
 */
const SIMILAR_CANDIDATE_TERMS = 60;
const SIMILAR_TERMS = 25;
const SIMILAR_MIN_SCORE = 0.1;
/**
 * A proposal of the same forvaltning that shares this much, and whose title is near-identical
 * (the import's rule, NEAR_IDENTICAL), is taken for the same proposal written twice (imported
 * again, sent in again), and shown even when only other forvaltninger' are asked for: a
 * duplicate there is as costly as an overlap across. The score alone would not do: it weighs
 * only words some other proposal shares, so among a few proposals the nearest scores high.
 */
export const NEAR_DUPLICATE_SCORE = 0.8;

/**
 * The proposals that share most of this one's distinctive words: its lexemes weighted by
 * where they stand (title 4, summary 2, body 1, tables ½) and by rarity among all proposals
 * (BM25's idf, which stays positive when there are only a few proposals), the strongest
 * SIMILAR_TERMS of those found in any other proposal kept; each other proposal scores the
 * share of that weight it contains. Words in nearly every proposal weigh almost nothing, so
 * "borgere" and "forvaltning" do not make everything alike.
 */
export async function findSimilar(
  db: Db,
  {
    id,
    limit,
    otherAdministrationsOnly,
    round,
    scopes,
  }: {
    id: string;
    limit: number;
    /** Other forvaltninger's, and near-duplicates in its own (NEAR_DUPLICATE_SCORE). */
    otherAdministrationsOnly: boolean;
    /** Only proposals of this round, when given. */
    round?: string | undefined;
    /** What the user may see; see visibleTo. */
    scopes: ViewScope[] | null;
  },
): Promise<SimilarRecord[]> {
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
          p.lead_administration is not distinct from mine.lead_administration
            as same_administration,
          o.document || ''::tsvector as document
        from key cross join mine
        cross join proposal_search o
        join proposals p on p.id = o.proposal_id
        where key.weight > 0 and o.proposal_id <> ${id}::uuid and o.document @@ key.query
          and (${round ?? null}::text is null or p.round_id = ${round ?? null})
          and ${visibleTo(scopes)}
        offset 0
      ) c
    )
    select id, code, title, kind, lead_administration as "leadAdministration",
      round_id as "roundId", status, score::float8 as score,
      same_administration as "sameAdministration"
    from scored
    where score >= ${SIMILAR_MIN_SCORE}
      and (not ${otherAdministrationsOnly} or not same_administration
           or score >= ${NEAR_DUPLICATE_SCORE})
    order by score desc, title, id
    -- Room for the same forvaltning's candidates the title check below leaves out.
    limit ${otherAdministrationsOnly ? limit * 2 : limit}
  `,
  );
  const [mine] = await rowsOf<{ title: string }>(
    db,
    sql`select title from proposals where id = ${id}::uuid`,
  );
  return rows
    .filter(
      (row) =>
        !otherAdministrationsOnly ||
        !row.sameAdministration ||
        titleLikeness(mine?.title ?? '', row.title) >= NEAR_IDENTICAL,
    )
    .slice(0, limit)
    .map((row) => ({ ...row, score: Number(row.score) }));
}
