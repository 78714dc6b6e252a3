import ko from './ko.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type Lang = 'ko' | 'en';
export const languages: Lang[] = ['ko', 'en'];
const dictionaries: Record<Lang, unknown> = { ko, en };

type Params = Record<string, string | number>;

/** Looks up a dotted key ("errors.notFound") and fills {{params}}; the key itself if missing. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  let node: unknown = dictionaries[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const template = typeof node === 'string' ? node : lang === 'ko' ? key : t('ko', key, params);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The label of a field for messages; the field's own name when it has none. */
export function fieldLabel(lang: Lang, field: string): string {
  const label = t(lang, `fields.${field}`);
  return label === `fields.${field}` ? field : label;
}

/** Picks ko or en from an Accept-Language header; Korean first. */
export function pickLanguage(header: string | undefined | null, explicit?: string | null): Lang {
  if (explicit === 'en' || explicit === 'ko') return explicit;
  if (!header) return 'ko';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('ko')) return 'ko';
    if (tag.startsWith('en')) return 'en';
  }
  return 'ko';
}
