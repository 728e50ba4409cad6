CREATE TABLE "loan_instalments" (
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"due_on" date NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "loan_instalments_proposal_id_position_pk" PRIMARY KEY("proposal_id","position"),
	CONSTRAINT "loan_instalments_amount" CHECK ("loan_instalments"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "loan_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "loan_payments_amount" CHECK ("loan_payments"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"principal" bigint NOT NULL,
	"origin" text NOT NULL,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "loans_principal" CHECK ("loans"."principal" > 0),
	CONSTRAINT "loans_origin" CHECK ("origin" in ('plan', 'secretariat')),
	CONSTRAINT "loans_reason" CHECK ("loans"."origin" = 'plan' or "loans"."reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "loan_instalments" ADD CONSTRAINT "loan_instalments_proposal_id_loans_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."loans"("proposal_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_payments" ADD CONSTRAINT "loan_payments_proposal_id_loans_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."loans"("proposal_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_payments" ADD CONSTRAINT "loan_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_payments_proposal" ON "loan_payments" USING btree ("proposal_id","paid_on");