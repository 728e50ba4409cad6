CREATE TABLE "data_version" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "data_version_single" CHECK ("data_version"."single")
);
--> statement-breakpoint
INSERT INTO "data_version" ("single", "n") VALUES (true, 0);
--> statement-breakpoint
-- Moves the version on once per transaction, at its commit (the triggers are deferred): the row
-- is locked only while the transaction commits, so saves of different proposals do not wait for
-- each other's whole transaction. The transaction-local setting remembers that it has moved.
-- Everything lists and searches read changes with a row of proposals or of proposal_search
-- (refresh_proposal_search writes the search's text and words in the same statement as its row).
CREATE FUNCTION "data_version_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('puljer.data_version_moved', true), '') <> 'yes' THEN
    PERFORM set_config('puljer.data_version_moved', 'yes', true);
    UPDATE "data_version" SET "n" = "n" + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "data_version_proposals" AFTER INSERT OR UPDATE OR DELETE ON "proposals"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_move"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "data_version_search" AFTER INSERT OR UPDATE OR DELETE ON "proposal_search"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_move"();
--> statement-breakpoint
CREATE TRIGGER "data_version_proposals_truncated" AFTER TRUNCATE ON "proposals"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_move"();
--> statement-breakpoint
CREATE TRIGGER "data_version_search_truncated" AFTER TRUNCATE ON "proposal_search"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_move"();
