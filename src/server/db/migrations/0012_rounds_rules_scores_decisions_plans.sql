CREATE TABLE "proposal_plans" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"pool_key" text NOT NULL,
	"rules_version" integer NOT NULL,
	"decided_on" date NOT NULL,
	"table" jsonb NOT NULL,
	"granted" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_scores" (
	"round_id" text NOT NULL,
	"proposal_id" uuid NOT NULL,
	"criterion_key" text NOT NULL,
	"score" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "proposal_scores_round_id_proposal_id_criterion_key_pk" PRIMARY KEY("round_id","proposal_id","criterion_key")
);
--> statement-breakpoint
CREATE TABLE "round_decisions" (
	"round_id" text NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"recommendation" text,
	"recommendation_note" text DEFAULT '' NOT NULL,
	"outcome" text,
	"decided_on" date,
	"deciding_body" text,
	"decision_text" text DEFAULT '' NOT NULL,
	"postponed_to_round_id" text,
	"rules_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "round_decisions_round_id_proposal_id_pk" PRIMARY KEY("round_id","proposal_id"),
	CONSTRAINT "round_decisions_recommendation" CHECK ("recommendation" in ('recommended', 'not_recommended')),
	CONSTRAINT "round_decisions_outcome" CHECK ("outcome" in ('granted', 'rejected', 'postponed')),
	CONSTRAINT "round_decisions_postponed_to" CHECK (("round_decisions"."outcome" = 'postponed') = ("round_decisions"."postponed_to_round_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "round_rules" (
	"round_id" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "round_rules_round_id_version_pk" PRIMARY KEY("round_id","version"),
	CONSTRAINT "round_rules_version" CHECK ("round_rules"."version" >= 1),
	CONSTRAINT "round_rules_reason" CHECK ("round_rules"."version" = 1 or "round_rules"."reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "opens_on" date;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "decision_on" date;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "price_level_year" integer;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "phase" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_plans" ADD CONSTRAINT "proposal_plans_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_plans" ADD CONSTRAINT "proposal_plans_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_scores" ADD CONSTRAINT "proposal_scores_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_scores" ADD CONSTRAINT "proposal_scores_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_scores" ADD CONSTRAINT "proposal_scores_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_postponed_to_round_id_rounds_id_fk" FOREIGN KEY ("postponed_to_round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_rules" ADD CONSTRAINT "round_rules_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_rules" ADD CONSTRAINT "round_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_plans_round" ON "proposal_plans" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "round_decisions_proposal" ON "round_decisions" USING btree ("proposal_id");--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_phase" CHECK ("phase" in ('open', 'locked', 'decided'));