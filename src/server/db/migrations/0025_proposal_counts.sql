CREATE TABLE "proposal_counts" (
	"kind" text NOT NULL,
	"lead_administration" text,
	"round_id" text,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "proposal_counts_key" UNIQUE NULLS NOT DISTINCT("kind","lead_administration","round_id","status")
);
--> statement-breakpoint
-- Kept exact per statement from its transition tables: a statement that changes many proposals
-- applies one delta per key, in key order, so two such statements lock the same counts in the
-- same order and cannot deadlock. An update that changes none of the four columns (a save of the
-- content) writes no count. A count that reaches zero is removed.
CREATE FUNCTION "proposal_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed proposal_counts[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(d::proposal_counts) INTO changed FROM (
      SELECT kind, lead_administration, round_id, status, count(*)::int AS n
      FROM new_rows GROUP BY kind, lead_administration, round_id, status) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(d::proposal_counts) INTO changed FROM (
      SELECT kind, lead_administration, round_id, status, -count(*)::int AS n
      FROM old_rows GROUP BY kind, lead_administration, round_id, status) d;
  ELSE
    SELECT array_agg(d::proposal_counts) INTO changed FROM (
      SELECT k.kind, k.lead_administration, k.round_id, k.status, sum(k.n)::int AS n
      FROM old_rows o
      JOIN new_rows w ON w.id = o.id
      CROSS JOIN LATERAL (VALUES
        (o.kind, o.lead_administration, o.round_id, o.status, -1),
        (w.kind, w.lead_administration, w.round_id, w.status, 1)
      ) AS k(kind, lead_administration, round_id, status, n)
      WHERE (o.kind, o.lead_administration, o.round_id, o.status)
        IS DISTINCT FROM (w.kind, w.lead_administration, w.round_id, w.status)
      GROUP BY k.kind, k.lead_administration, k.round_id, k.status
      HAVING sum(k.n) <> 0) d;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO proposal_counts AS c
  SELECT * FROM unnest(changed)
  ORDER BY kind, lead_administration, round_id, status
  ON CONFLICT (kind, lead_administration, round_id, status) DO UPDATE SET n = c.n + excluded.n;
  DELETE FROM proposal_counts c USING unnest(changed) d
  WHERE c.n = 0
    AND (c.kind, c.lead_administration, c.round_id, c.status)
      IS NOT DISTINCT FROM (d.kind, d.lead_administration, d.round_id, d.status);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "proposal_counts_insert" AFTER INSERT ON "proposals"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "proposal_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "proposal_counts_update" AFTER UPDATE ON "proposals"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "proposal_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "proposal_counts_delete" AFTER DELETE ON "proposals"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "proposal_counts_apply"();
--> statement-breakpoint
CREATE FUNCTION "proposal_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM proposal_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "proposal_counts_truncate" AFTER TRUNCATE ON "proposals"
FOR EACH STATEMENT EXECUTE FUNCTION "proposal_counts_clear"();
--> statement-breakpoint
INSERT INTO "proposal_counts"
SELECT kind, lead_administration, round_id, status, count(*)::int
FROM "proposals" GROUP BY kind, lead_administration, round_id, status;
