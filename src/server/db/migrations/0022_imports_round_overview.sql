ALTER TABLE "imports" DROP CONSTRAINT "imports_total";--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "overview" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "overview_round_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "overview_read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_overview_round_id_rounds_id_fk" FOREIGN KEY ("overview_round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_by_overview_round" ON "imports" USING btree ("overview_round_id");--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_total" CHECK ("imports"."total" >= 1 or "imports"."overview" is not null);