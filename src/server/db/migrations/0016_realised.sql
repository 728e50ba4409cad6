CREATE TABLE "follow_up_settings" (
	"id" text PRIMARY KEY DEFAULT 'settings' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"lag_threshold_percent" integer NOT NULL,
	"report_due_month" integer NOT NULL,
	"report_due_day" integer NOT NULL,
	"targets" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "follow_up_settings_one" CHECK ("follow_up_settings"."id" = 'settings'),
	CONSTRAINT "follow_up_settings_threshold" CHECK ("follow_up_settings"."lag_threshold_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "realised_reports" (
	"proposal_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"amounts" bigint[] NOT NULL,
	"reported" bigint[] NOT NULL,
	"reported_price_level_year" integer,
	"comments" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "realised_reports_proposal_id_year_pk" PRIMARY KEY("proposal_id","year"),
	CONSTRAINT "realised_reports_version" CHECK ("realised_reports"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "follow_up_settings" ADD CONSTRAINT "follow_up_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realised_reports" ADD CONSTRAINT "realised_reports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realised_reports" ADD CONSTRAINT "realised_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;