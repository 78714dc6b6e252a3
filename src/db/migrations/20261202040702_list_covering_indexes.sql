DROP INDEX "organizations_name_idx";--> statement-breakpoint
DROP INDEX "organizations_filter_idx";--> statement-breakpoint
DROP INDEX "organizations_created_idx";--> statement-breakpoint
DROP INDEX "organizations_founded_asc_idx";--> statement-breakpoint
DROP INDEX "organizations_founded_desc_idx";--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("name","id","kind","stage","region","ksic_code","founded_on","search_doc");--> statement-breakpoint
CREATE INDEX "organizations_filter_idx" ON "organizations" USING btree ("kind","stage","region","ksic_code","founded_on","search_doc","id");--> statement-breakpoint
CREATE INDEX "organizations_created_idx" ON "organizations" USING btree ("created_at","id","kind","stage","region","ksic_code","founded_on","search_doc");--> statement-breakpoint
CREATE INDEX "organizations_founded_asc_idx" ON "organizations" USING btree (coalesce("founded_on", '9999-12-31'::date),"id","kind","stage","region","ksic_code","founded_on","search_doc");--> statement-breakpoint
CREATE INDEX "organizations_founded_desc_idx" ON "organizations" USING btree (coalesce("founded_on", '0001-01-01'::date),"id","kind","stage","region","ksic_code","founded_on","search_doc");