CREATE TABLE "outcome_record_versions" (
	"record_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"value" bigint NOT NULL,
	"details" jsonb NOT NULL,
	"note" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outcome_record_versions_record_id_version_pk" PRIMARY KEY("record_id","version")
);
--> statement-breakpoint
CREATE TABLE "outcome_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" bigint NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"status_reason" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"import_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_records_value_check" CHECK ("outcome_records"."value" >= 0),
	CONSTRAINT "outcome_records_status_check" CHECK ("outcome_records"."status" in ('reported', 'verified', 'returned')),
	CONSTRAINT "outcome_records_source_check" CHECK ("outcome_records"."source" in ('report', 'staff', 'import')),
	CONSTRAINT "outcome_records_period_check" CHECK ("outcome_records"."period_end" >= "outcome_records"."period_start")
);
--> statement-breakpoint
ALTER TABLE "support_records" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "outcome_record_versions" ADD CONSTRAINT "outcome_record_versions_record_id_outcome_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."outcome_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_record_versions" ADD CONSTRAINT "outcome_record_versions_changed_by_people_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_records" ADD CONSTRAINT "outcome_records_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_records" ADD CONSTRAINT "outcome_records_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_records_org_idx" ON "outcome_records" USING btree ("organization_id","metric","period_start");--> statement-breakpoint
CREATE INDEX "outcome_records_metric_idx" ON "outcome_records" USING btree ("metric","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_records_figure_key" ON "outcome_records" USING btree ("organization_id","metric","period") WHERE metric <> 'investment';--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_records_import_key" ON "outcome_records" USING btree ("import_key");--> statement-breakpoint
CREATE UNIQUE INDEX "support_records_import_key" ON "support_records" USING btree ("import_key");