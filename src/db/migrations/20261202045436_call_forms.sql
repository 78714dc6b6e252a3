CREATE TABLE "call_forms" (
	"call_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_forms_call_id_version_pk" PRIMARY KEY("call_id","version")
);
--> statement-breakpoint
ALTER TABLE "call_forms" ADD CONSTRAINT "call_forms_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_forms" ADD CONSTRAINT "call_forms_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;