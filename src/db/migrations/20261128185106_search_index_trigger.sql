-- The search index of a table, kept in step with its rows by one statement-level trigger.
-- Impact is BM25's term part with k1 = 1.2, b = 0.75 and a fixed length pivot of 150
-- (src/search/index.ts: K1, B, PIVOT_LENGTH), so a posting never goes stale as the table grows.
CREATE FUNCTION search_index_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_scope text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    WITH gone AS (
      DELETE FROM search_postings p USING old_rows o
      WHERE p.scope = v_scope AND p.doc_id = o.id
      RETURNING p.token
    ), counts AS (
      SELECT token, count(*)::int AS n FROM gone GROUP BY token
    )
    UPDATE search_df d SET df = d.df - c.n FROM counts c WHERE d.scope = v_scope AND d.token = c.token;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_postings (scope, token, doc_id, impact)
    SELECT v_scope, e.key, n.id,
      (e.value::float8 * 2.2 / (e.value::float8 + 1.2 * (0.25 + 0.75 * n.search_length::float8 / 150.0)))::real
    FROM new_rows n, jsonb_each_text(n.search_terms) e;
    -- Rows are locked in token order, so concurrent writers cannot deadlock on them.
    INSERT INTO search_df (scope, token, df)
    SELECT v_scope, k.token, count(*)::int
    FROM new_rows n, jsonb_object_keys(n.search_terms) AS k(token)
    GROUP BY k.token ORDER BY k.token
    ON CONFLICT (scope, token) DO UPDATE SET df = search_df.df + excluded.df;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_stats (scope, docs) VALUES (v_scope, (SELECT count(*) FROM new_rows))
    ON CONFLICT (scope) DO UPDATE SET docs = search_stats.docs + excluded.docs;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE search_stats SET docs = docs - (SELECT count(*) FROM old_rows) WHERE scope = v_scope;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');
--> statement-breakpoint
CREATE TRIGGER organizations_search_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');
--> statement-breakpoint
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');
--> statement-breakpoint
-- Rows written before this migration.
INSERT INTO search_postings (scope, token, doc_id, impact)
SELECT 'organizations', e.key, o.id,
  (e.value::float8 * 2.2 / (e.value::float8 + 1.2 * (0.25 + 0.75 * o.search_length::float8 / 150.0)))::real
FROM organizations o, jsonb_each_text(o.search_terms) e;
--> statement-breakpoint
INSERT INTO search_df (scope, token, df)
SELECT 'organizations', token, count(*)::int FROM search_postings WHERE scope = 'organizations' GROUP BY token;
--> statement-breakpoint
INSERT INTO search_stats (scope, docs) SELECT 'organizations', count(*)::int FROM organizations;
