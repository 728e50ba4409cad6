-- One definition of the search document, used by every save (the store calls this function
-- after writing a proposal's rows) and by the backfill below. Weights: code and title A,
-- summary B, the narrative sections and Tabel 1 labels C, Tabel 3 goals, risks and the
-- administrative efficiency note D. `body` is the text snippets are cut from; the control
-- characters that mark highlights in snippets are removed from it, so none can be forged.
CREATE FUNCTION "refresh_proposal_search"("target" uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "proposal_search" ("proposal_id", "document", "body")
  SELECT p."id",
    setweight(to_tsvector('danish', concat_ws(' ', p."code", p."title")), 'A')
      || setweight(to_tsvector('danish', p."summary"), 'B')
      || setweight(to_tsvector('danish', concat_ws(' ', p."description", p."economy_narrative",
           p."future_investment_narrative", p."implementation_narrative", p."risk_narrative",
           r."labels")), 'C')
      || setweight(to_tsvector('danish', concat_ws(' ', g."goals", k."risks", p."admin_efficiency")), 'D'),
    translate(concat_ws(E'\n', p."summary", p."description", p."economy_narrative", r."labels",
      p."future_investment_narrative", p."implementation_narrative", p."risk_narrative",
      g."goals", k."risks", p."admin_efficiency"), E'\x02\x03', '')
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
  ON CONFLICT ("proposal_id") DO UPDATE
    SET "document" = excluded."document", "body" = excluded."body";
$$;
--> statement-breakpoint
SELECT "refresh_proposal_search"("id") FROM "proposals";
