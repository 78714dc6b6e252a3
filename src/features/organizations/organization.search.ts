import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { maintainSearchIndex, searchDocument } from '../../search/index.ts';
import { ksicLookup } from '../reference/ksic.ts';

type Searchable = {
  name: string;
  nameEn?: string | null;
  kind?: string | null;
  products?: string | null;
  technologies?: string | null;
  description?: string | null;
  ksicCode?: string | null;
  region?: string | null;
  representative?: string | null;
};

/** The words people search an organization's kind by (인천 물류 스타트업). */
const kindWords: Record<string, string> = {
  startup: '스타트업 창업기업',
  sme: '중소기업',
  midsize: '중견기업',
  large: '대기업',
  university: '대학',
  institute: '연구기관',
  agency: '지원기관',
  investor: '투자기관',
  buyer: '바이어',
};

/**
 * Field weights: the name above products and technologies, above the description (DESIGN.md §6).
 * The English name weighs less than the Korean one: it mostly repeats it, and synonyms
 * (물류 → logistics) would otherwise count a name twice.
 */
export function organizationSearchColumns(o: Searchable) {
  const doc = searchDocument([
    { text: o.name, weight: 5, name: true },
    { text: o.nameEn, weight: 2, name: true },
    { text: o.products, weight: 2 },
    { text: o.technologies, weight: 2 },
    { text: o.description, weight: 1 },
    { text: o.ksicCode ? ksicLookup(o.ksicCode)?.ko : null, weight: 1 },
    { text: o.kind ? kindWords[o.kind] : null, weight: 1 },
    { text: o.region, weight: 1 },
    { text: o.representative, weight: 1 },
  ]);
  return { searchTerms: doc.terms, searchLength: Math.round(doc.length) };
}

type StoredRow = {
  id: string;
  name: string;
  name_en: string | null;
  kind: string;
  products: string;
  technologies: string;
  description: string;
  ksic_code: string | null;
  region: string | null;
  representative: string | null;
  search_terms: Record<string, number>;
  search_length: number;
};

const sameTerms = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Recomputes every organization's search columns with this version's tokenizer, synonyms, KSIC
 * names and field weights, and writes the rows whose columns changed (the trigger then rebuilds
 * their postings). For after an upgrade that changed any of those: stored columns are otherwise
 * kept as they were written. Each batch is its own transaction: a row is correct on its own, and a
 * stopped reindex is finished by running it again.
 */
export async function reindexOrganizations(
  database: Database,
  onBatch: (progress: { checked: number; updated: number }) => void = () => {},
): Promise<{ checked: number; updated: number }> {
  let checked = 0;
  let updated = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await database.rows<StoredRow>(sql`
      select id, name, name_en, kind, products, technologies, description, ksic_code, region, representative, search_terms, search_length
      from organizations where id > ${after}::uuid order by id limit ${REINDEX_BATCH}`);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const changed = rows.flatMap((r) => {
      const { searchTerms, searchLength } = organizationSearchColumns({
        name: r.name,
        nameEn: r.name_en,
        kind: r.kind,
        products: r.products,
        technologies: r.technologies,
        description: r.description,
        ksicCode: r.ksic_code,
        region: r.region,
        representative: r.representative,
      });
      return sameTerms(searchTerms, r.search_terms) && searchLength === r.search_length ? [] : [{ id: r.id, terms: searchTerms, length: searchLength }];
    });
    if (changed.length > 0) {
      await database.rows(sql`
        update organizations o
        set search_terms = u.terms, search_length = u.length
        from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as u(id uuid, terms jsonb, length integer)
        where o.id = u.id`);
    }
    checked += rows.length;
    updated += changed.length;
    onBatch({ checked, updated });
  }
  if (updated > 0) await maintainSearchIndex(database, ['organizations']);
  return { checked, updated };
}

const REINDEX_BATCH = 1000;
