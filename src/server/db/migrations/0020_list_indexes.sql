CREATE INDEX "audit_entries_by_type" ON "audit_entries" USING btree ("entity_type","seq");--> statement-breakpoint
CREATE INDEX "imports_by_created" ON "imports" USING btree ("created_at","id");