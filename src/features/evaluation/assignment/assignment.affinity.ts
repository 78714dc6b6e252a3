import { searchDocument, tokenize } from '../../../search/index.ts';

/**
 * Expertise affinity of a judge for an application, 0 to 1000, from the search module's Korean
 * tokens (the same tokenizer as every search box):
 *   text (up to 700): the cosine of TF-IDF vectors of the judge's expertise and tags and of the
 *     application's text (its answers, the organization's products, technologies and
 *     description), IDF over the round's applications, so words every applicant writes (사업,
 *     기술) weigh little;
 *   tags (up to 300): the share of the judge's tags, at most three counted, whose every token
 *     occurs in the application's text.
 * Pure and deterministic: the same profiles and texts give the same numbers.
 */
export type JudgeText = { id: string; expertise: string; tags: string[] };
export type ApplicationText = { id: string; texts: string[] };

export const TEXT_POINTS = 700;
export const TAG_POINTS = 300;
const TAGS_COUNTED = 3;

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function affinityMatrix(judges: JudgeText[], applications: ApplicationText[]): Map<string, Map<string, number>> {
  const appTerms = applications.map((a) => searchDocument(a.texts.map((text) => ({ text, weight: 1 }))).terms);
  const df = new Map<string, number>();
  for (const terms of appTerms) for (const t of Object.keys(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(applications.length, 1);
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5));
  const weigh = (terms: Record<string, number>): Vector => {
    const v: Vector = new Map();
    for (const [t, tf] of Object.entries(terms)) v.set(t, (1 + Math.log(tf)) * idf(t));
    return v;
  };
  const appVectors = appTerms.map((terms) => {
    const v = weigh(terms);
    return { v, norm: norm(v), terms };
  });
  const out = new Map<string, Map<string, number>>();
  for (const judge of judges) {
    const jv = weigh(searchDocument([{ text: judge.expertise, weight: 1 }, ...judge.tags.map((text) => ({ text, weight: 2 }))]).terms);
    const jn = norm(jv);
    const tagTokens = judge.tags.map((tag) => [...new Set(tokenize(tag))]).filter((tokens) => tokens.length > 0);
    const row = new Map<string, number>();
    applications.forEach((app, i) => {
      const { v, norm: an, terms } = appVectors[i]!;
      let dot = 0;
      if (jn > 0 && an > 0) {
        const [small, large] = jv.size < v.size ? [jv, v] : [v, jv];
        for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
      }
      const cosine = jn > 0 && an > 0 ? dot / (jn * an) : 0;
      const matched = tagTokens.filter((tokens) => tokens.every((t) => terms[t] !== undefined)).length;
      const tags = tagTokens.length ? Math.min(matched, TAGS_COUNTED) / Math.min(tagTokens.length, TAGS_COUNTED) : 0;
      row.set(app.id, Math.round(TEXT_POINTS * Math.min(cosine, 1) + TAG_POINTS * tags));
    });
    out.set(judge.id, row);
  }
  return out;
}

/** Every string in an application's answers (nested objects and lists too), ids of uploaded files left out. */
export function answerTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) answerTexts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) answerTexts(v, out);
  return out;
}
