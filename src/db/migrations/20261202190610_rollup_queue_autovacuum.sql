-- The rollup queues take a burst of rows and are emptied within seconds; the dashboards and the
-- job ask whether they hold any (docs/PERFORMANCE.md: 33 ms over 680,000 dead rows). Vacuumed
-- after every thousand dead rows rather than after a fifth of the table.
ALTER TABLE "rollup_dirty" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);--> statement-breakpoint
ALTER TABLE "rollup_dirty_cells" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
