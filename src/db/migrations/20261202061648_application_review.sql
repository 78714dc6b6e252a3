CREATE TABLE "application_supplements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"message" text NOT NULL,
	"items" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"response_note" text,
	"response_file_ids" jsonb,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	CONSTRAINT "application_supplements_status_check" CHECK ("application_supplements"."status" in ('open', 'answered', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "review_status" text;--> statement-breakpoint
ALTER TABLE "application_supplements" ADD CONSTRAINT "application_supplements_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_supplements" ADD CONSTRAINT "application_supplements_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_supplements" ADD CONSTRAINT "application_supplements_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_supplements_app_idx" ON "application_supplements" USING btree ("application_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "application_supplements_open_key" ON "application_supplements" USING btree ("application_id") WHERE "application_supplements"."status" = 'open';--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_review_status_check" CHECK ("applications"."review_status" in ('received', 'underReview', 'supplementRequested', 'eligible', 'ineligible', 'selected', 'reserve', 'notSelected'));--> statement-breakpoint
UPDATE "applications" SET "review_status" = 'received' WHERE "status" <> 'draft';
