CREATE TABLE "proposal_search_terms" (
	"proposal_id" uuid NOT NULL,
	"lexeme" text NOT NULL,
	"impact" real NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposal_search" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "proposal_search" ADD COLUMN "lead_administration" text;--> statement-breakpoint
ALTER TABLE "proposal_search" ADD COLUMN "round_id" text;--> statement-breakpoint
ALTER TABLE "proposal_search" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "proposal_search" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "proposal_search_terms" ADD CONSTRAINT "proposal_search_terms_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_search_terms_by_impact" ON "proposal_search_terms" USING btree ("lexeme","impact" DESC NULLS LAST,"proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_search_terms_by_proposal" ON "proposal_search_terms" USING btree ("proposal_id");--> statement-breakpoint
-- A search for a word found in every proposal read all 10.000 documents of the benchmark's
-- archive, 72 MB kept in the table's own pages (migration 0005): ranking, counting and facets
-- all came from them. Now a search matches by the GIN index, counts and filters the narrow rows
-- of proposal_search, and ranks by proposal_search_terms; the document itself is read only to
-- check a phrase, so it is moved out of line again and the rows stay a few dozen bytes.
ALTER TABLE "proposal_search" ALTER COLUMN "document" SET STORAGE EXTENDED;--> statement-breakpoint
ALTER TABLE "proposal_search" SET (toast_tuple_target = 128);--> statement-breakpoint
-- The same document as migration 0007 builds, with the proposal's heading columns beside it and
-- each word's impact: its weighted occurrences as ts_rank_cd counts them ({0.05, 0.1, 0.4, 1.0}
-- for D, C, B, A), divided by ln(1 + the document's words) as the search did.
CREATE OR REPLACE FUNCTION "refresh_proposal_search"("target" uuid) RETURNS void LANGUAGE sql AS $$
  WITH parts AS (
    SELECT p."id", p."code", p."title", p."summary", p."kind", p."lead_administration",
      p."round_id", p."status", p."title_key",
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
    SELECT *,
      (SELECT coalesce(sum(greatest(coalesce(array_length(t."positions", 1), 0), 1)), 0)
       FROM unnest("document") t) AS "words"
    FROM (
      SELECT parts.*,
        setweight(to_tsvector('danish', concat_ws(' ', "code", "title")), 'A')
          || setweight(to_tsvector('danish', "summary"), 'B')
          || setweight(to_tsvector('danish', "sections"), 'C')
          || setweight(to_tsvector('danish', "tables"), 'D') AS "document"
      FROM parts
    ) built
  ),
  terms AS (
    SELECT doc."id", t."lexeme",
      ((SELECT coalesce(sum(CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.1
          ELSE 0.05 END), 0) FROM unnest(t."weights") w)
        / ln(greatest(doc."words", 1) + 1))::real AS "impact"
    FROM doc CROSS JOIN unnest(doc."document") t
  ),
  -- The words are written anew: a change of length changes every word's impact. The delete
  -- sees the rows as they were before this statement, the insert adds the new ones.
  cleared AS (
    DELETE FROM "proposal_search_terms" WHERE "proposal_id" = "target"
  ),
  written AS (
    INSERT INTO "proposal_search_terms" ("proposal_id", "lexeme", "impact")
    SELECT "id", "lexeme", "impact" FROM terms
  )
  INSERT INTO "proposal_search" ("proposal_id", "document", "words", "kind",
    "lead_administration", "round_id", "status", "title_key")
  SELECT "id", "document", "words", "kind", "lead_administration", "round_id", "status",
    "title_key"
  FROM doc
  ON CONFLICT ("proposal_id") DO UPDATE
    SET "document" = excluded."document", "words" = excluded."words", "kind" = excluded."kind",
      "lead_administration" = excluded."lead_administration", "round_id" = excluded."round_id",
      "status" = excluded."status", "title_key" = excluded."title_key";
$$;
--> statement-breakpoint
-- A proposal changes status, round or forvaltning without its text changing (a workflow step, a
-- round's placement), and saves skip refresh_proposal_search then: the copies follow here.
CREATE FUNCTION "proposal_search_heading"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "proposal_search" SET "kind" = NEW."kind",
    "lead_administration" = NEW."lead_administration", "round_id" = NEW."round_id",
    "status" = NEW."status", "title_key" = NEW."title_key"
  WHERE "proposal_id" = NEW."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "proposal_search_heading" AFTER UPDATE ON "proposals" FOR EACH ROW
WHEN (OLD."kind" IS DISTINCT FROM NEW."kind"
  OR OLD."lead_administration" IS DISTINCT FROM NEW."lead_administration"
  OR OLD."round_id" IS DISTINCT FROM NEW."round_id"
  OR OLD."status" IS DISTINCT FROM NEW."status"
  OR OLD."title_key" IS DISTINCT FROM NEW."title_key")
EXECUTE FUNCTION "proposal_search_heading"();
--> statement-breakpoint
SELECT "refresh_proposal_search"("id") FROM "proposals";
