CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"criteria" jsonb NOT NULL,
	"bonus_rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_bonus" integer DEFAULT 0 NOT NULL,
	"judges_per_application" integer DEFAULT 3 NOT NULL,
	"blind" boolean DEFAULT false NOT NULL,
	"method" text DEFAULT 'mean' NOT NULL,
	"few_judges" text DEFAULT 'refuse' NOT NULL,
	"tie_breaks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"advance" jsonb NOT NULL,
	"reserves" integer DEFAULT 0 NOT NULL,
	"quotas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"publish_scores" boolean DEFAULT false NOT NULL,
	"scoring_opens_at" timestamp with time zone NOT NULL,
	"scoring_closes_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_rounds_window_check" CHECK ("evaluation_rounds"."scoring_closes_at" > "evaluation_rounds"."scoring_opens_at"),
	CONSTRAINT "evaluation_rounds_judges_check" CHECK ("evaluation_rounds"."judges_per_application" between 1 and 20),
	CONSTRAINT "evaluation_rounds_method_check" CHECK ("evaluation_rounds"."method" in ('mean', 'trimmedMean', 'median', 'normalized')),
	CONSTRAINT "evaluation_rounds_few_judges_check" CHECK ("evaluation_rounds"."few_judges" in ('mean', 'median', 'refuse'))
);
--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_rounds_call_position_key" ON "evaluation_rounds" USING btree ("call_id","position");