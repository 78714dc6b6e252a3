CREATE TABLE "search_df" (
	"scope" text NOT NULL,
	"token" text NOT NULL,
	"df" integer NOT NULL,
	CONSTRAINT "search_df_scope_token_pk" PRIMARY KEY("scope","token")
);
--> statement-breakpoint
CREATE TABLE "search_postings" (
	"scope" text NOT NULL,
	"token" text NOT NULL,
	"doc_id" uuid NOT NULL,
	"impact" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_stats" (
	"scope" text PRIMARY KEY NOT NULL,
	"docs" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_postings_best_idx" ON "search_postings" USING btree ("scope","token","impact" DESC NULLS LAST,"doc_id");--> statement-breakpoint
CREATE INDEX "search_postings_doc_idx" ON "search_postings" USING btree ("scope","doc_id");