CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"cohort_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"select_count" integer,
	"contact" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_doc" integer DEFAULT nextval('search_doc_seq') NOT NULL,
	"search_terms" jsonb NOT NULL,
	"search_length" integer NOT NULL,
	CONSTRAINT "calls_period_check" CHECK ("calls"."closes_at" > "calls"."opens_at"),
	CONSTRAINT "calls_select_count_check" CHECK ("calls"."select_count" is null or "calls"."select_count" > 0)
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_program_idx" ON "calls" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "calls_published_idx" ON "calls" USING btree ("opens_at","id") WHERE "calls"."published_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "calls_search_doc_key" ON "calls" USING btree ("search_doc");--> statement-breakpoint
-- Calls are searched with the same index as organizations (src/search, docs/search.md).
CREATE TRIGGER calls_search_insert AFTER INSERT ON calls
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('calls');--> statement-breakpoint
CREATE TRIGGER calls_search_update AFTER UPDATE ON calls
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('calls');--> statement-breakpoint
CREATE TRIGGER calls_search_delete AFTER DELETE ON calls
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('calls');
