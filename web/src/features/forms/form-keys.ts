/**
 * Answer keys (and choice values) made from a question's label: ASCII, starting with a letter,
 * camelCase, at most 40 characters, unique in their form. Hangul is romanized by the Revised
 * Romanization's letter table (without its sound-change rules), so 대표자 성명 → daepyojaSeongmyeong.
 */

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

export const KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const MAX = 40;

function romanize(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code >= 0 && code < 11172) {
      out += INITIALS[Math.floor(code / 588)]! + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
    } else out += ch;
  }
  return out;
}

/** camelCase ASCII words of a text, Hangul romanized; '' when nothing usable is left. */
function slugOf(text: string): string {
  const words = romanize(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const camel = words
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
    .replace(/^[0-9]+/, '');
  return (camel.charAt(0).toLowerCase() + camel.slice(1)).slice(0, MAX);
}

/** A key for a label (the English one reads better when there is one), not among `taken`. */
export function keyFor(label: { ko: string; en?: string }, taken: Iterable<string>, fallback: string): string {
  const base = slugOf(label.en?.trim() ? label.en : label.ko) || fallback;
  return uniqueKey(base, taken);
}

/** `base`, or base2, base3 … (shortened to fit 40 characters) when it is taken. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX - String(n).length)}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
