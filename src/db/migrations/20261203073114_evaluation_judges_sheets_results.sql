CREATE TABLE "evaluation_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"source" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lift_reason" text,
	CONSTRAINT "evaluation_conflicts_source_check" CHECK ("evaluation_conflicts"."source" in ('affiliation', 'pastAffiliation', 'teamMember', 'relation', 'declared', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "judge_profiles" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"affiliation" jsonb,
	"position" text DEFAULT '' NOT NULL,
	"past_affiliations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"relations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expertise" text DEFAULT '' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_judges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"min_load" integer DEFAULT 0 NOT NULL,
	"max_load" integer,
	"invitation_token_hash" text,
	"invitation_expires_at" timestamp with time zone,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"pledge_signature" text,
	"pledge_signed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "round_judges_status_check" CHECK ("round_judges"."status" in ('invited', 'active', 'declined', 'removed')),
	CONSTRAINT "round_judges_load_check" CHECK ("round_judges"."min_load" >= 0 and ("round_judges"."max_load" is null or "round_judges"."max_load" >= "round_judges"."min_load"))
);
--> statement-breakpoint
CREATE TABLE "assignment_constraints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignment_constraints_kind_check" CHECK ("assignment_constraints"."kind" in ('pin', 'forbid'))
);
--> statement-breakpoint
CREATE TABLE "assignment_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"objective" text NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb NOT NULL,
	"status" text NOT NULL,
	"applied_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"run_id" uuid,
	"affinity" integer,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"reopen_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "score_sheets_status_check" CHECK ("score_sheets"."status" in ('assigned', 'draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "bonus_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"points" numeric(8, 2) NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bonus_grants_points_check" CHECK ("bonus_grants"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"body" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "evaluation_appeals_status_check" CHECK ("evaluation_appeals"."status" in ('open', 'upheld', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "round_decisions" (
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"rank" integer,
	"ranking" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "round_decisions_decision_check" CHECK ("round_decisions"."decision" in ('advance', 'reserve', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "conflict_years" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "appeals_close_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_lifted_by_people_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_profiles" ADD CONSTRAINT "judge_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_judges" ADD CONSTRAINT "round_judges_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_judges" ADD CONSTRAINT "round_judges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_judges" ADD CONSTRAINT "round_judges_invited_by_people_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_constraints" ADD CONSTRAINT "assignment_constraints_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_constraints" ADD CONSTRAINT "assignment_constraints_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_constraints" ADD CONSTRAINT "assignment_constraints_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_constraints" ADD CONSTRAINT "assignment_constraints_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_runs" ADD CONSTRAINT "assignment_runs_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_runs" ADD CONSTRAINT "assignment_runs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_run_id_assignment_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."assignment_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_grants" ADD CONSTRAINT "bonus_grants_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_grants" ADD CONSTRAINT "bonus_grants_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_grants" ADD CONSTRAINT "bonus_grants_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD CONSTRAINT "round_decisions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_conflicts_key" ON "evaluation_conflicts" USING btree ("round_id","person_id","application_id","source");--> statement-breakpoint
CREATE INDEX "evaluation_conflicts_application_idx" ON "evaluation_conflicts" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "round_judges_round_person_key" ON "round_judges" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "round_judges_token_key" ON "round_judges" USING btree ("invitation_token_hash");--> statement-breakpoint
CREATE INDEX "round_judges_person_idx" ON "round_judges" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_constraints_key" ON "assignment_constraints" USING btree ("round_id","person_id","application_id");--> statement-breakpoint
CREATE INDEX "assignment_runs_round_idx" ON "assignment_runs" USING btree ("round_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_key" ON "score_sheets" USING btree ("round_id","person_id","application_id");--> statement-breakpoint
CREATE INDEX "score_sheets_application_idx" ON "score_sheets" USING btree ("round_id","application_id");--> statement-breakpoint
CREATE INDEX "score_sheets_person_idx" ON "score_sheets" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "bonus_grants_round_idx" ON "bonus_grants" USING btree ("round_id","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_appeals_key" ON "evaluation_appeals" USING btree ("round_id","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "round_decisions_key" ON "round_decisions" USING btree ("round_id","application_id");--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_confirmed_by_people_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;