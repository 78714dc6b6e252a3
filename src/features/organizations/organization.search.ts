import { searchDocument, vectorSql } from '../../search/index.ts';
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
  return { searchVector: vectorSql(doc), searchTerms: doc.terms, searchLength: Math.round(doc.length) };
}
