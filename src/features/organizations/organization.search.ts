import { searchDocument, vectorSql } from '../../search/index.ts';
import { ksicLookup } from '../reference/ksic.ts';

type Searchable = {
  name: string;
  nameEn?: string | null;
  products?: string | null;
  technologies?: string | null;
  description?: string | null;
  ksicCode?: string | null;
  region?: string | null;
  representative?: string | null;
};

/** Field weights: the name above products and technologies, above the description (DESIGN.md §6). */
export function organizationSearchColumns(o: Searchable) {
  const doc = searchDocument([
    { text: o.name, weight: 5, initials: true },
    { text: o.nameEn, weight: 3 },
    { text: o.products, weight: 2 },
    { text: o.technologies, weight: 2 },
    { text: o.description, weight: 1 },
    { text: o.ksicCode ? ksicLookup(o.ksicCode)?.ko : null, weight: 1 },
    { text: o.region, weight: 1 },
    { text: o.representative, weight: 1 },
  ]);
  return { searchVector: vectorSql(doc), searchTerms: doc.terms, searchLength: Math.round(doc.length) };
}
