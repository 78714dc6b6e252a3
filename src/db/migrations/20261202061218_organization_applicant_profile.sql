ALTER TABLE "organizations" ADD COLUMN "representative_birth_date" date;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "revenue_krw" bigint;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "revenue_year" integer;