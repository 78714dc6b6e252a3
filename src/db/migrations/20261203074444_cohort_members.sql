CREATE TABLE "cohort_members" (
	"cohort_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid,
	"support_record_id" uuid,
	"joined_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_support_record_id_support_records_id_fk" FOREIGN KEY ("support_record_id") REFERENCES "public"."support_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_members_key" ON "cohort_members" USING btree ("cohort_id","organization_id");--> statement-breakpoint
CREATE INDEX "cohort_members_org_idx" ON "cohort_members" USING btree ("organization_id");