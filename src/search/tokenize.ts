import {
  compatibilityInitials,
  endsInConsonant,
  endsInRieulOrVowel,
  endsInVowel,
  initialsOf,
  isInitialConsonant,
  isSyllable,
} from './hangul.ts';

/**
 * The one tokenizer of innohub, identical for documents and queries (DESIGN.md §6):
 * NFKC, lower case, split where the script changes; Hangul runs give their particle-stripped
 * stem and overlapping two-syllable grams (a lone syllable stays); Latin letters and digits stay
 * whole (3d, 5g, b2b); a word mixing scripts (ai기반, 2차전지) is also kept whole; two Hangul words
 * written with a space between them and no particle also give the gram across the space, so
 * 스마트 팜 and 스마트팜 share 트팜.
 *
 * Tokens come grouped in units, one per written thing (a Hangul run, a Latin run, a whole mixed
 * word, a gram across a space): documents use the tokens, queries weigh each unit equally.
 */

type Condition = (previous: string) => boolean;
const any: Condition = () => true;

// Particles (조사) and a few verb endings, with the sound they follow: 이/가, 을/를, 은/는, 과/와
// and (으)로 are chosen by whether the stem ends in a consonant, which keeps 디스플레이, 에이아이
// and 전문가 whole. Tried longest first.
const ENDINGS: [string, Condition][] = (
  [
    ['에서부터', any], ['으로부터', endsInConsonant], ['로부터', endsInRieulOrVowel], ['이라는', endsInConsonant], ['라는', endsInVowel],
    ['에서는', any], ['에서도', any], ['에게서', any], ['에게는', any], ['까지는', any], ['으로는', endsInConsonant], ['로는', endsInRieulOrVowel],
    ['으로서', endsInConsonant], ['로서', endsInRieulOrVowel], ['으로써', endsInConsonant], ['로써', endsInRieulOrVowel], ['으로도', endsInConsonant],
    ['입니다', any], ['합니다', any], ['에서', any], ['에게', any], ['한테', any], ['으로', endsInConsonant], ['로', endsInRieulOrVowel],
    ['부터', any], ['까지', any], ['처럼', any], ['보다', any], ['마다', any], ['만큼', any], ['이나', endsInConsonant], ['이랑', endsInConsonant],
    ['에는', any], ['에도', any], ['과의', endsInConsonant], ['와의', endsInVowel], ['과는', endsInConsonant], ['와는', endsInVowel],
    ['과도', endsInConsonant], ['와도', endsInVowel], ['하는', any], ['하고', any], ['하여', any], ['하며', any], ['한다', any], ['했다', any],
    ['해서', any], ['하기', any], ['하게', any], ['되는', any], ['된다', any], ['되어', any],
    ['은', endsInConsonant], ['는', endsInVowel], ['이', endsInConsonant], ['가', endsInVowel], ['을', endsInConsonant], ['를', endsInVowel],
    ['과', endsInConsonant], ['와', endsInVowel], ['의', any], ['에', any], ['도', any], ['만', any], ['한', any], ['된', any],
  ] as [string, Condition][]
).sort((a, b) => b[0].length - a[0].length);

type Script = 'hangul' | 'alnum' | 'jamo';
export type Run = { script: Script; text: string };
/** A word: its runs, and whether only spaces separate it from the next word. */
export type Word = { runs: Run[]; spaceAfter: boolean };

function scriptOf(ch: string): Script | undefined {
  if (isSyllable(ch)) return 'hangul';
  if (isInitialConsonant(ch)) return 'jamo';
  if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return 'alnum';
  return undefined;
}

/**
 * Markup pasted in with rich text is not words: block tags end a line, inline tags vanish
 * (<b>한진</b>의 is 한진의), character references are read as what they stand for.
 */
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article)\b[^>]*>/gi;
const INLINE_TAG = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·' };
const ENTITY = /&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/gi;

function withoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(BLOCK_TAG, '\n')
    .replace(INLINE_TAG, '')
    .replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      return ENTITIES[name!.toLowerCase()] ?? ' ';
    });
}

export function normalizeText(text: string): string {
  return compatibilityInitials(withoutMarkup(text).normalize('NFKC').toLowerCase());
}

/** Words are separated by anything that is not a letter or digit of our scripts. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let runs: Run[] = [];
  let current: Run | undefined;
  let gap = '';
  const close = () => {
    if (current) runs.push(current);
    current = undefined;
    if (runs.length > 0) words.push({ runs, spaceAfter: false });
    runs = [];
  };
  for (const ch of normalizeText(text)) {
    const script = scriptOf(ch);
    if (!script) {
      if (current || runs.length) {
        close();
        gap = '';
      }
      gap += ch;
      continue;
    }
    // Only spaces on one line join two words into a possible compound; a line break, a comma, a slash do not.
    if (!current && runs.length === 0 && words.length > 0) words[words.length - 1]!.spaceAfter = /^ +$/.test(gap);
    if (current && current.script === script) current.text += ch;
    else {
      if (current) runs.push(current);
      current = { script, text: ch };
    }
  }
  close();
  return words;
}

/** Removes one trailing particle or verb ending, keeping at least two syllables of stem. */
export function stripParticle(run: string): string {
  const chars = [...run];
  for (const [ending, follows] of ENDINGS) {
    const n = ending.length;
    if (chars.length - n >= 2 && run.endsWith(ending) && follows(chars[chars.length - n - 1]!)) return chars.slice(0, chars.length - n).join('');
  }
  return run;
}

function bigrams(stem: string): string[] {
  const chars = [...stem];
  if (chars.length === 1) return [stem];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Tokens of one Hangul stem: the stem itself when longer than a bigram, and its bigrams. */
function hangulTokens(stem: string): string[] {
  return [...stem].length > 2 ? [stem, ...bigrams(stem)] : bigrams(stem);
}

export type AnalyzedWord = {
  /** The word with its trailing particle removed, runs joined: 물류센터를 → 물류센터. */
  stem: string;
  /** Its runs after particle removal (the texts synonyms are looked up on). */
  parts: string[];
  units: string[][];
  /** The first and last syllables, for grams across a space; null at a Latin edge or after a particle. */
  first: string | null;
  last: string | null;
};

export function analyzeWord(word: Word): AnalyzedWord {
  const { runs } = word;
  const lastIndex = runs.length - 1;
  const parts: string[] = [];
  const units: string[][] = [];
  let stripped = false;
  runs.forEach((run, i) => {
    if (run.script === 'hangul') {
      // Particles attach to the end of a word only.
      const stem = i === lastIndex ? stripParticle(run.text) : run.text;
      stripped = stem !== run.text;
      parts.push(stem);
      units.push(hangulTokens(stem));
    } else if (run.script === 'jamo') {
      parts.push(run.text);
      const grams = initialBigrams(run.text);
      if (grams.length) units.push(grams);
    } else {
      parts.push(run.text);
      // A lone letter or digit glued to a word (2차전지, k뷰티) says little alone; the whole word keeps it.
      if (runs.length === 1 || run.text.length > 1) units.push([run.text]);
    }
  });
  if (runs.length > 1) units.push([parts.join('')]);
  const firstRun = runs[0]!;
  const lastStem = parts[lastIndex]!;
  return {
    stem: parts.join(''),
    parts,
    units,
    first: firstRun.script === 'hangul' ? [...parts[0]!][0]! : null,
    last: runs[lastIndex]!.script === 'hangul' && !stripped ? [...lastStem].at(-1)! : null,
  };
}

/** Token units of a text: per word, plus the gram across each space joining two Hangul words. */
export function tokenUnits(text: string): string[][] {
  const words = splitWords(text);
  const analyzed = words.map(analyzeWord);
  const units: string[][] = [];
  analyzed.forEach((word, i) => {
    units.push(...word.units);
    const next = analyzed[i + 1];
    if (next && words[i]!.spaceAfter && word.last && next.first) units.push([word.last + next.first]);
  });
  return units;
}

/** Tokens of a text, with repeats (so callers can count term frequency). */
export function tokenize(text: string): string[] {
  return tokenUnits(text).flat();
}

const INITIALS_PREFIX = '^';
/** The whole name's initials, and its first two: rank exact and leading initials first. */
const INITIALS_EXACT = '^=';
const INITIALS_START = '^<';

function initialBigrams(initials: string): string[] {
  const chars = [...initials];
  if (chars.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(INITIALS_PREFIX + chars[i] + chars[i + 1]);
  return out;
}

const LEGAL_FORMS = /\((주|유|사|재)\)|주식회사|유한회사|유한책임회사|사단법인|재단법인|농업회사법인|영농조합법인/g;

/** A name without its legal form: (주)한진, ㈜한진 and 주식회사 한진 are all 한진. */
export function withoutLegalForm(name: string): string {
  return normalizeText(name).replace(LEGAL_FORMS, ' ');
}

/** Initial-consonant (초성) tokens of a name: 한진물류 → ^ㅎㅈ ^ㅈㅁ ^ㅁㄹ, per word and across the name. */
export function initialTokens(name: string): string[] {
  const bare = withoutLegalForm(name);
  const whole = initialsOf(bare);
  const perWord = splitWords(bare).map((w) => initialsOf(w.runs.map((r) => r.text).join('')));
  const tokens = new Set([whole, ...perWord].flatMap(initialBigrams));
  if (whole.length >= 2) {
    tokens.add(INITIALS_EXACT + whole);
    tokens.add(INITIALS_START + [...whole].slice(0, 2).join(''));
  }
  return [...tokens];
}

/** The optional tokens of an initials query: the whole name's initials, and how it starts. */
export function initialRankTokens(initials: string): string[] {
  const compact = normalizeText(initials).replace(/\s+/g, '');
  return [INITIALS_EXACT + compact, INITIALS_START + [...compact].slice(0, 2).join('')];
}

const EXACT_PREFIX = '=';

/** The token of a whole name, legal form, spaces and punctuation removed: (주)LG 생활건강 → =lg생활건강. */
export function exactToken(name: string): string | undefined {
  const compact = splitWords(withoutLegalForm(name))
    .map((w) => w.runs.map((r) => r.text).join(''))
    .join('');
  return compact ? EXACT_PREFIX + compact : undefined;
}

/** True when the query is only initial consonants (ㅎㅈ, ㅌ ㅈ ㅇ): search names by initials. */
export function isInitialsQuery(query: string): boolean {
  const compact = normalizeText(query).replace(/\s+/g, '');
  return compact.length >= 2 && [...compact].every(isInitialConsonant);
}
