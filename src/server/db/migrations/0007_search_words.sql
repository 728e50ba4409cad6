ALTER TABLE "proposal_search" ADD COLUMN "words" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The document's length in words, as ts_rank_cd's normalisation 1 counts it (positions, or 1
-- for a word without), so a search divides by its logarithm instead of ts_rank_cd counting the
-- whole document again for every match.
CREATE OR REPLACE FUNCTION "refresh_proposal_search"("target" uuid) RETURNS void LANGUAGE sql AS $$
  WITH parts AS (
    SELECT p."id", p."code", p."title", p."summary",
      concat_ws(' ', p."description", p."economy_narrative", p."future_investment_narrative",
        p."implementation_narrative", p."risk_narrative", r."labels") AS "sections",
      concat_ws(' ', g."goals", k."risks", p."admin_efficiency") AS "tables",
      translate(concat_ws(E'\n', p."summary", p."description", p."economy_narrative", r."labels",
        p."future_investment_narrative", p."implementation_narrative", p."risk_narrative",
        g."goals", k."risks", p."admin_efficiency"), E'\x02\x03', '') AS "body"
    FROM "proposals" p
    CROSS JOIN LATERAL (
      SELECT string_agg("label", '. ' ORDER BY "position") AS "labels"
      FROM "economic_rows" WHERE "proposal_id" = p."id") r
    CROSS JOIN LATERAL (
      SELECT string_agg(concat_ws(': ', "goal", "measure"), '. ' ORDER BY "position") AS "goals"
      FROM "follow_up_goals" WHERE "proposal_id" = p."id") g
    CROSS JOIN LATERAL (
      SELECT string_agg(concat_ws(': ', "name", "mitigation"), '. ' ORDER BY "position") AS "risks"
      FROM "risks" WHERE "proposal_id" = p."id") k
    WHERE p."id" = "target"
  ),
  text_row AS (
    INSERT INTO "proposal_search_text" ("proposal_id", "body")
    SELECT "id", "body" FROM parts
    ON CONFLICT ("proposal_id") DO UPDATE SET "body" = excluded."body"
  ),
  doc AS (
    SELECT "id",
      setweight(to_tsvector('danish', concat_ws(' ', "code", "title")), 'A')
        || setweight(to_tsvector('danish', "summary"), 'B')
        || setweight(to_tsvector('danish', "sections"), 'C')
        || setweight(to_tsvector('danish', "tables"), 'D') AS "document"
    FROM parts
  )
  INSERT INTO "proposal_search" ("proposal_id", "document", "words")
  SELECT "id", "document",
    (SELECT coalesce(sum(greatest(coalesce(array_length(t."positions", 1), 0), 1)), 0)
     FROM unnest("document") t)
  FROM doc
  ON CONFLICT ("proposal_id") DO UPDATE
    SET "document" = excluded."document", "words" = excluded."words";
$$;
--> statement-breakpoint
SELECT "refresh_proposal_search"("id") FROM "proposals";
