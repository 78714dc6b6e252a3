-- Every match, initials (초성) included, is now read from the search postings; the tsvector column
-- and its GIN index only cost writes (1.2 million GIN entries per 10,000 imported organizations)
-- and about 1 kB of every organization row.
DROP INDEX "organizations_search_idx";--> statement-breakpoint
ALTER TABLE "organizations" DROP COLUMN "search_vector";