CREATE TABLE "program_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	"capacity" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_cohorts_period_check" CHECK ("program_cohorts"."ended_on" is null or "program_cohorts"."started_on" is null or "program_cohorts"."ended_on" >= "program_cohorts"."started_on"),
	CONSTRAINT "program_cohorts_capacity_check" CHECK ("program_cohorts"."capacity" is null or "program_cohorts"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "program_partners" (
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "program_partners_program_id_organization_id_pk" PRIMARY KEY("program_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" text,
	"cluster_id" uuid,
	"name" text NOT NULL,
	"name_en" text,
	"type" text NOT NULL,
	"stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"support_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_krw" bigint,
	"started_on" date,
	"ended_on" date,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_scope_check" CHECK (("programs"."center_id" is null) <> ("programs"."cluster_id" is null)),
	CONSTRAINT "programs_period_check" CHECK ("programs"."ended_on" is null or "programs"."started_on" is null or "programs"."ended_on" >= "programs"."started_on"),
	CONSTRAINT "programs_budget_check" CHECK ("programs"."budget_krw" is null or "programs"."budget_krw" >= 0)
);
--> statement-breakpoint
ALTER TABLE "program_cohorts" ADD CONSTRAINT "program_cohorts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_partners" ADD CONSTRAINT "program_partners_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_partners" ADD CONSTRAINT "program_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_cohorts_program_idx" ON "program_cohorts" USING btree ("program_id","started_on");--> statement-breakpoint
CREATE INDEX "program_partners_org_idx" ON "program_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "programs_center_idx" ON "programs" USING btree ("center_id","started_on");--> statement-breakpoint
CREATE INDEX "programs_cluster_idx" ON "programs" USING btree ("cluster_id","started_on");