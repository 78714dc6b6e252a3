CREATE TABLE "outcome_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" text,
	"cluster_id" uuid,
	"title" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"metrics" text[] NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_campaigns_scope_check" CHECK (("outcome_campaigns"."center_id" is null) <> ("outcome_campaigns"."cluster_id" is null))
);
--> statement-breakpoint
CREATE TABLE "outcome_request_reminders" (
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outcome_request_reminders_request_id_kind_pk" PRIMARY KEY("request_id","kind")
);
--> statement-breakpoint
CREATE TABLE "outcome_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_requests_status_check" CHECK ("outcome_requests"."status" in ('open', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" text,
	"cluster_id" uuid,
	"program_id" uuid,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"metric" text,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"value" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"deadline" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_scope_check" CHECK (num_nonnulls("targets"."center_id", "targets"."cluster_id", "targets"."program_id") = 1),
	CONSTRAINT "targets_kind_check" CHECK (("targets"."kind" = 'metric' and "targets"."metric" is not null) or ("targets"."kind" = 'organizations' and "targets"."metric" is null)),
	CONSTRAINT "targets_value_check" CHECK ("targets"."value" > 0),
	CONSTRAINT "targets_period_check" CHECK ("targets"."deadline" > "targets"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "rollup_cells" (
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"organizations" integer NOT NULL,
	"startups" integer NOT NULL,
	"smes" integer NOT NULL,
	"support_records" integer NOT NULL,
	"support_krw" bigint NOT NULL,
	"revenue" bigint NOT NULL,
	"jobs" bigint NOT NULL,
	"investment_krw" bigint NOT NULL,
	"investment_deals" integer NOT NULL,
	"investment_companies" integer NOT NULL,
	"export_krw" bigint NOT NULL,
	"export_companies" integer NOT NULL,
	"overseas_subsidiaries" bigint NOT NULL,
	"patent_applications" bigint NOT NULL,
	"patent_registrations" bigint NOT NULL,
	"prototypes" bigint NOT NULL,
	"tech_transfers" integer NOT NULL,
	"tech_recipients" integer NOT NULL,
	"unverified" integer NOT NULL,
	CONSTRAINT "rollup_cells_scope_year_dimension_key_pk" PRIMARY KEY("scope","year","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "rollup_dirty" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "rollup_dirty_organization_id_year_pk" PRIMARY KEY("organization_id","year")
);
--> statement-breakpoint
CREATE TABLE "rollup_dirty_cells" (
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	CONSTRAINT "rollup_dirty_cells_year_scope_pk" PRIMARY KEY("year","scope")
);
--> statement-breakpoint
CREATE TABLE "rollup_org_year_scopes" (
	"year" integer NOT NULL,
	"scope" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"records" integer NOT NULL,
	"value_krw" bigint NOT NULL,
	"tech_transfers" integer NOT NULL,
	"by_kind" jsonb NOT NULL,
	"by_program" jsonb NOT NULL,
	CONSTRAINT "rollup_org_year_scopes_year_scope_organization_id_pk" PRIMARY KEY("year","scope","organization_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_org_years" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"supported" integer NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL,
	"industry" text NOT NULL,
	"revenue" bigint,
	"new_hires" bigint,
	"investment_krw" bigint,
	"investment_deals" integer NOT NULL,
	"export_krw" bigint,
	"overseas_subsidiaries" bigint,
	"patent_applications" bigint,
	"patent_registrations" bigint,
	"prototypes" bigint,
	"unverified" integer NOT NULL,
	CONSTRAINT "rollup_org_years_year_organization_id_pk" PRIMARY KEY("year","organization_id")
);
--> statement-breakpoint
ALTER TABLE "outcome_evidence" ADD CONSTRAINT "outcome_evidence_record_id_outcome_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."outcome_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_evidence" ADD CONSTRAINT "outcome_evidence_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_campaigns" ADD CONSTRAINT "outcome_campaigns_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_campaigns" ADD CONSTRAINT "outcome_campaigns_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_campaigns" ADD CONSTRAINT "outcome_campaigns_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_request_reminders" ADD CONSTRAINT "outcome_request_reminders_request_id_outcome_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."outcome_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_campaign_id_outcome_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."outcome_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_evidence_record_idx" ON "outcome_evidence" USING btree ("record_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "outcome_campaigns_center_idx" ON "outcome_campaigns" USING btree ("center_id","created_at");--> statement-breakpoint
CREATE INDEX "outcome_campaigns_cluster_idx" ON "outcome_campaigns" USING btree ("cluster_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_requests_campaign_org_key" ON "outcome_requests" USING btree ("campaign_id","organization_id");--> statement-breakpoint
CREATE INDEX "outcome_requests_org_idx" ON "outcome_requests" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "targets_center_idx" ON "targets" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "targets_cluster_idx" ON "targets" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "targets_program_idx" ON "targets" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "rollup_org_year_scopes_org_idx" ON "rollup_org_year_scopes" USING btree ("organization_id","year");--> statement-breakpoint
CREATE INDEX "rollup_org_years_org_idx" ON "rollup_org_years" USING btree ("organization_id");