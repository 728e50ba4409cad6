CREATE TABLE "goal_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" uuid,
	CONSTRAINT "goal_evidence_kind" CHECK ("kind" in ('pdf', 'docx', 'xlsx', 'png', 'jpeg', 'csv')),
	CONSTRAINT "goal_evidence_size" CHECK ("goal_evidence"."size" = octet_length("goal_evidence"."content"))
);
--> statement-breakpoint
CREATE TABLE "goal_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric(24, 4),
	"comment" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"group" text NOT NULL,
	"goal" text NOT NULL,
	"measure" text NOT NULL,
	"owner" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric(24, 4),
	"target" numeric(24, 4),
	"due_dates" date[] NOT NULL,
	"when" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'on_track' NOT NULL,
	"status_comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "goals_group" CHECK ("group" in ('implementation', 'efficiency')),
	CONSTRAINT "goals_status" CHECK ("status" in ('on_track', 'delayed', 'achieved', 'dropped'))
);
--> statement-breakpoint
ALTER TABLE "goal_evidence" ADD CONSTRAINT "goal_evidence_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_evidence" ADD CONSTRAINT "goal_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurements" ADD CONSTRAINT "goal_measurements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurements" ADD CONSTRAINT "goal_measurements_evidence_id_goal_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."goal_evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_measurements" ADD CONSTRAINT "goal_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_measurements_goal" ON "goal_measurements" USING btree ("goal_id","measured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "goals_proposal_position" ON "goals" USING btree ("proposal_id","position");