-- The implementation total of every proposal saved before the column existed; saves keep it
-- from then on. Cells beyond the table's years are no part of it, as in the economics engine.
UPDATE "proposals" p SET "total_implementation" = coalesce((
  SELECT sum(c."cell")
  FROM "economic_rows" r
  CROSS JOIN LATERAL unnest(r."values"[1:cardinality(p."years")]) AS c("cell")
  WHERE r."proposal_id" = p."id" AND r."section" = 'implementation'), 0);
