-- A search joins every matching proposal's heading (kind, forvaltning, round and status for the
-- filters and facets, title for the order of equal ranks, code for the hits). This index holds
-- them, so the join reads the index alone instead of the proposals' wide rows with all their
-- text. Every column it includes is short (the wire schema limits title to 300 characters).
CREATE INDEX "proposals_search_heading" ON "proposals" ("id")
  INCLUDE ("code", "title", "kind", "lead_administration", "round_id", "status");
