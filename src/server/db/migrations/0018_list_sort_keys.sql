ALTER TABLE "proposals" ADD COLUMN "total_implementation" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "code_key" text GENERATED ALWAYS AS (danish_sort_key(code)) STORED;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "title_key" text GENERATED ALWAYS AS (danish_sort_key(title)) STORED;--> statement-breakpoint
CREATE INDEX "proposals_kind" ON "proposals" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "proposals_status" ON "proposals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "proposals_by_code" ON "proposals" USING btree ("code_key" collate "C" asc nulls last,"title_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "proposals_by_code_desc" ON "proposals" USING btree ("code_key" collate "C" desc nulls last,"title_key" collate "C" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "proposals_by_title" ON "proposals" USING btree ("title_key" collate "C","id");--> statement-breakpoint
CREATE INDEX "proposals_by_updated" ON "proposals" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "proposals_by_amount" ON "proposals" USING btree ("total_implementation","id");