DROP INDEX "outcome_records_org_idx";--> statement-breakpoint
CREATE INDEX "outcome_records_org_period_idx" ON "outcome_records" USING btree ("organization_id","period_start");