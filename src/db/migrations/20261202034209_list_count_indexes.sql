CREATE INDEX "organizations_filter_idx" ON "organizations" USING btree ("kind","stage","region","ksic_code","founded_on");--> statement-breakpoint
CREATE INDEX "support_records_center_org_idx" ON "support_records" USING btree ("center_id","organization_id");--> statement-breakpoint
CREATE INDEX "support_records_cluster_org_idx" ON "support_records" USING btree ("cluster_id","organization_id");