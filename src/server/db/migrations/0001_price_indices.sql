CREATE TABLE "price_indices" (
	"year" integer PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_indices_points" CHECK ("price_indices"."points" > 0),
	CONSTRAINT "price_indices_version" CHECK ("price_indices"."version" >= 1)
);
