-- The search index in numbers: a token is a search_tokens row (its number and document
-- frequency), a document is its table's search_doc, and a posting is (token_id, impact, doc),
-- 12 bytes instead of a scope, a token and a uuid. The best-first index shrinks to a third, and
-- bulk writes (imports) stop thrashing a 128 MB buffer pool: 10,000 organizations' postings into
-- a 100,000-organization index took 27 s, now about 8 s (docs/PERFORMANCE.md).
DROP TRIGGER organizations_search_insert ON organizations;--> statement-breakpoint
DROP TRIGGER organizations_search_update ON organizations;--> statement-breakpoint
DROP TRIGGER organizations_search_delete ON organizations;--> statement-breakpoint
DROP FUNCTION search_index_rows();--> statement-breakpoint
DROP TABLE "search_postings";--> statement-breakpoint
DROP TABLE "search_df";--> statement-breakpoint
-- One sequence for the documents of every searchable table, so that a posting's doc is unique.
CREATE SEQUENCE "public"."search_doc_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "search_doc" integer DEFAULT nextval('search_doc_seq') NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_search_doc_key" ON "organizations" USING btree ("search_doc");--> statement-breakpoint
CREATE TABLE "search_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scope" text NOT NULL,
	"token" text NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_postings" (
	"token_id" integer NOT NULL,
	"impact" real NOT NULL,
	"doc" integer NOT NULL
);
--> statement-breakpoint
-- Rows written before this migration; the indexes are built after the rows, which is faster.
INSERT INTO search_tokens (scope, token, df)
SELECT 'organizations', k.token, count(*)::int
FROM organizations o, jsonb_object_keys(o.search_terms) AS k(token)
GROUP BY k.token ORDER BY k.token;--> statement-breakpoint
CREATE UNIQUE INDEX "search_tokens_scope_token_key" ON "search_tokens" USING btree ("scope","token");--> statement-breakpoint
INSERT INTO search_postings (token_id, impact, doc)
SELECT t.id, (e.value::float8 * 2.2 / (e.value::float8 + 1.2 * (0.25 + 0.75 * o.search_length::float8 / 150.0)))::real, o.search_doc
FROM organizations o CROSS JOIN jsonb_each_text(o.search_terms) e
JOIN search_tokens t ON t.scope = 'organizations' AND t.token = e.key;--> statement-breakpoint
CREATE INDEX "search_postings_best_idx" ON "search_postings" USING btree ("token_id","impact" DESC NULLS LAST,"doc");--> statement-breakpoint
CREATE INDEX "search_postings_doc_idx" ON "search_postings" USING btree ("doc","token_id");--> statement-breakpoint
DELETE FROM search_stats WHERE scope = 'organizations';--> statement-breakpoint
INSERT INTO search_stats (scope, docs) SELECT 'organizations', count(*)::int FROM organizations;--> statement-breakpoint
-- The index of a table, kept in step with its rows by one statement-level trigger. Impact is
-- BM25's term part with k1 = 1.2, b = 0.75 and a fixed length pivot of 150 (src/search/index.ts:
-- K1, B, PIVOT_LENGTH), so a posting never goes stale as the table grows.
CREATE FUNCTION search_index_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_scope text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- Tokens seen for the first time, in token order; only the rows really inserted take a
    -- number (ON CONFLICT DO UPDATE would spend one for every token of every write).
    INSERT INTO search_tokens (scope, token, df)
    SELECT v_scope, k.token, 0
    FROM (SELECT DISTINCT jsonb_object_keys(n.search_terms) AS token FROM new_rows n) k
    WHERE NOT EXISTS (SELECT 1 FROM search_tokens t WHERE t.scope = v_scope AND t.token = k.token)
    ORDER BY k.token
    ON CONFLICT (scope, token) DO NOTHING;
  END IF;
  -- Writers that share tokens lock their rows in token order, so they queue, never deadlock.
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM search_tokens t
    WHERE t.scope = v_scope AND t.token IN (SELECT jsonb_object_keys(n.search_terms) FROM new_rows n)
    ORDER BY t.token FOR UPDATE;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM 1 FROM search_tokens t
    WHERE t.scope = v_scope AND t.token IN (
      SELECT jsonb_object_keys(n.search_terms) FROM new_rows n
      UNION SELECT jsonb_object_keys(o.search_terms) FROM old_rows o)
    ORDER BY t.token FOR UPDATE;
  ELSE
    PERFORM 1 FROM search_tokens t
    WHERE t.scope = v_scope AND t.token IN (SELECT jsonb_object_keys(o.search_terms) FROM old_rows o)
    ORDER BY t.token FOR UPDATE;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    WITH gone AS (
      DELETE FROM search_postings p USING old_rows o
      WHERE p.doc = o.search_doc
      RETURNING p.token_id
    ), counts AS (
      SELECT token_id, count(*)::int AS n FROM gone GROUP BY token_id
    )
    UPDATE search_tokens t SET df = t.df - c.n FROM counts c WHERE t.id = c.token_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- In index order: neighbouring postings land on the same index pages.
    INSERT INTO search_postings (token_id, impact, doc)
    SELECT t.id, (e.value::float8 * 2.2 / (e.value::float8 + 1.2 * (0.25 + 0.75 * n.search_length::float8 / 150.0)))::real, n.search_doc
    FROM new_rows n CROSS JOIN jsonb_each_text(n.search_terms) e
    JOIN search_tokens t ON t.scope = v_scope AND t.token = e.key
    ORDER BY 1, 2 DESC, 3;
    UPDATE search_tokens t SET df = t.df + c.n
    FROM (SELECT k.token, count(*)::int AS n FROM new_rows n, jsonb_object_keys(n.search_terms) AS k(token) GROUP BY k.token) c
    WHERE t.scope = v_scope AND t.token = c.token;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_stats (scope, docs) VALUES (v_scope, (SELECT count(*) FROM new_rows))
    ON CONFLICT (scope) DO UPDATE SET docs = search_stats.docs + excluded.docs;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE search_stats SET docs = docs - (SELECT count(*) FROM old_rows) WHERE scope = v_scope;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');--> statement-breakpoint
CREATE TRIGGER organizations_search_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');--> statement-breakpoint
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows('organizations');
