ALTER TABLE "imported_proposals" ALTER COLUMN "proposal_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD COLUMN "round" text;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD COLUMN "held" jsonb;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD COLUMN "duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD COLUMN "skipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD COLUMN "corrections" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "imported_proposals" ADD CONSTRAINT "imported_proposals_draft_or_held" CHECK ("imported_proposals"."proposal_id" is not null or "imported_proposals"."held" is not null);