CREATE TABLE "imported_proposals" (
	"import_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"proposal_id" uuid NOT NULL,
	"start_line" integer NOT NULL,
	"end_line" integer NOT NULL,
	"unread" jsonb NOT NULL,
	"mismatches" jsonb NOT NULL,
	"computed_payback" jsonb,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "imported_proposals_import_id_position_pk" PRIMARY KEY("import_id","position")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"source_text" text NOT NULL,
	"total" integer NOT NULL,
	"reading_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imports_total" CHECK ("imports"."total" >= 1)
);
--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD CONSTRAINT "imported_proposals_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD CONSTRAINT "imported_proposals_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "imported_proposals_proposal" ON "imported_proposals" USING btree ("proposal_id");