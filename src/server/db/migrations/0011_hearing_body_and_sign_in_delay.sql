ALTER TABLE "login_throttle" ADD COLUMN "not_before" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_roles" ADD COLUMN "hearing_body" text;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_hearing_body" CHECK ("user_roles"."hearing_body" is null or "user_roles"."role" = 'hearing');