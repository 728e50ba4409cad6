CREATE TABLE "audit_checkpoints" (
	"seq" integer PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "entity_type" text;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "entity_id" text;--> statement-breakpoint
CREATE INDEX "audit_entries_entity" ON "audit_entries" USING btree ("entity_type","entity_id","seq");