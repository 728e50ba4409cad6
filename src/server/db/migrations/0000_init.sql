CREATE TABLE "administrations" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economic_rows" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"section" text NOT NULL,
	"area" text NOT NULL,
	"values" bigint[] NOT NULL,
	CONSTRAINT "economic_rows_proposal_id_position_pk" PRIMARY KEY("proposal_id","position"),
	CONSTRAINT "economic_rows_section" CHECK ("section" in ('lasting', 'implementation', 'loan')),
	CONSTRAINT "economic_rows_area" CHECK ("area" in ('service', 'anlaeg', 'overfoersler', 'finans'))
);
--> statement-breakpoint
CREATE TABLE "follow_up_goals" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"group" text NOT NULL,
	"goal" text NOT NULL,
	"measure" text NOT NULL,
	"responsible" text NOT NULL,
	"when" text NOT NULL,
	CONSTRAINT "follow_up_goals_proposal_id_position_pk" PRIMARY KEY("proposal_id","position"),
	CONSTRAINT "follow_up_goals_group" CHECK ("group" in ('implementation', 'efficiency'))
);
--> statement-breakpoint
CREATE TABLE "future_investments" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"expected_cost_min" bigint,
	"expected_cost_max" bigint,
	"expected_decision_round" text NOT NULL,
	"efficiency_potential_min" bigint,
	"efficiency_potential_max" bigint,
	"efficiency_area" text,
	"cross_cutting_efficiency" boolean NOT NULL,
	"large_scale_potential" boolean NOT NULL,
	"mature_new_technology" boolean NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "future_investments_area" CHECK ("efficiency_area" in ('service', 'anlaeg', 'overfoersler', 'finans'))
);
--> statement-breakpoint
CREATE TABLE "hearing_bodies" (
	"name" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearings" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"body" text NOT NULL,
	"heard" boolean,
	"date" date,
	"answer" text NOT NULL,
	CONSTRAINT "hearings_proposal_id_position_pk" PRIMARY KEY("proposal_id","position")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "partners_proposal_id_position_pk" PRIMARY KEY("proposal_id","position")
);
--> statement-breakpoint
CREATE TABLE "pools" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_id" text,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_versions" (
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_versions_proposal_id_version_pk" PRIMARY KEY("proposal_id","version")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"lead_administration" text,
	"affected_administrations" text[] NOT NULL,
	"committee" text,
	"round_id" text,
	"origin_proposal_id" uuid,
	"description" text NOT NULL,
	"economy_narrative" text NOT NULL,
	"price_level_year" integer,
	"years" integer[] NOT NULL,
	"stated" jsonb,
	"future_investment_narrative" text NOT NULL,
	"implementation_narrative" text NOT NULL,
	"risk_level" text,
	"risk_narrative" text NOT NULL,
	"admin_efficiency" text NOT NULL,
	"finance_approved" boolean,
	"finance_approval_date" date,
	"finance_approval_note" text NOT NULL,
	CONSTRAINT "proposals_kind" CHECK ("kind" in ('foranalyse', 'innovationsforslag', 'investeringsforslag')),
	CONSTRAINT "proposals_status" CHECK ("status" in ('draft', 'ready_for_finance', 'finance_approved', 'in_hearing', 'submitted', 'recommended', 'not_recommended', 'granted', 'rejected', 'postponed', 'in_implementation', 'closed')),
	CONSTRAINT "proposals_risk_level" CHECK ("risk_level" in ('lav', 'lav-middel', 'middel', 'middel-hoej', 'hoej')),
	CONSTRAINT "proposals_version" CHECK ("proposals"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"mitigation" text NOT NULL,
	CONSTRAINT "risks_proposal_id_position_pk" PRIMARY KEY("proposal_id","position"),
	CONSTRAINT "risks_level" CHECK ("level" in ('lav', 'lav-middel', 'middel', 'middel-hoej', 'hoej'))
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "rounds_kind" CHECK ("kind" in ('ofs', 'budget'))
);
--> statement-breakpoint
CREATE TABLE "submission_rules" (
	"year" integer PRIMARY KEY NOT NULL,
	"payback_limit_years" integer NOT NULL,
	"cap_foranalyse" bigint,
	"cap_innovationsforslag" bigint,
	"cap_investeringsforslag" bigint
);
--> statement-breakpoint
ALTER TABLE "economic_rows" ADD CONSTRAINT "economic_rows_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_goals" ADD CONSTRAINT "follow_up_goals_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_investments" ADD CONSTRAINT "future_investments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_parent_id_pools_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_lead_administration_administrations_code_fk" FOREIGN KEY ("lead_administration") REFERENCES "public"."administrations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_committee_committees_code_fk" FOREIGN KEY ("committee") REFERENCES "public"."committees"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_origin_proposal_id_proposals_id_fk" FOREIGN KEY ("origin_proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposals_lead_administration" ON "proposals" USING btree ("lead_administration");--> statement-breakpoint
CREATE INDEX "proposals_round" ON "proposals" USING btree ("round_id");