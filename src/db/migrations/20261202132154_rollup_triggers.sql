-- Which organization-years the dashboards' rollups must recompute (src/features/dashboards/rollup.table.ts):
-- statement-level triggers write them to rollup_dirty in the writer's own transaction, so a
-- change is never missed, and the rollup job takes them from there.
CREATE FUNCTION rollup_mark_support() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO rollup_dirty (organization_id, year)
    SELECT DISTINCT r.organization_id, y FROM old_rows r,
      generate_series(extract(year FROM r.started_on)::int, least(extract(year FROM coalesce(r.ended_on, r.started_on))::int, extract(year FROM r.started_on)::int + 30)) y
    ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO rollup_dirty (organization_id, year)
    SELECT DISTINCT r.organization_id, y FROM new_rows r,
      generate_series(extract(year FROM r.started_on)::int, least(extract(year FROM coalesce(r.ended_on, r.started_on))::int, extract(year FROM r.started_on)::int + 30)) y
    ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION rollup_mark_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO rollup_dirty (organization_id, year)
    SELECT DISTINCT r.organization_id, extract(year FROM r.period_start)::int FROM old_rows r ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO rollup_dirty (organization_id, year)
    SELECT DISTINCT r.organization_id, extract(year FROM r.period_start)::int FROM new_rows r ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- An organization's kind, region or industry moves its figures between breakdowns.
CREATE FUNCTION rollup_mark_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (organization_id, year)
  SELECT y.organization_id, y.year FROM rollup_org_years y
  WHERE y.organization_id IN (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.kind IS DISTINCT FROM o.kind OR n.region IS DISTINCT FROM o.region OR n.ksic_code IS DISTINCT FROM o.ksic_code)
  ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER support_records_rollup_insert AFTER INSERT ON support_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_support();
--> statement-breakpoint
CREATE TRIGGER support_records_rollup_update AFTER UPDATE ON support_records
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_support();
--> statement-breakpoint
CREATE TRIGGER support_records_rollup_delete AFTER DELETE ON support_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_support();
--> statement-breakpoint
CREATE TRIGGER outcome_records_rollup_insert AFTER INSERT ON outcome_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_outcomes();
--> statement-breakpoint
CREATE TRIGGER outcome_records_rollup_update AFTER UPDATE ON outcome_records
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_outcomes();
--> statement-breakpoint
CREATE TRIGGER outcome_records_rollup_delete AFTER DELETE ON outcome_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_outcomes();
--> statement-breakpoint
CREATE TRIGGER organizations_rollup_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_organizations();
--> statement-breakpoint
-- Rows written before this migration.
INSERT INTO rollup_dirty (organization_id, year)
SELECT organization_id, y FROM support_records,
  generate_series(extract(year FROM started_on)::int, least(extract(year FROM coalesce(ended_on, started_on))::int, extract(year FROM started_on)::int + 30)) y
UNION SELECT organization_id, extract(year FROM period_start)::int FROM outcome_records
ON CONFLICT DO NOTHING;
