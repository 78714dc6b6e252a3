import { initialsOf, isInitialConsonant, isSyllable } from './hangul.ts';

/**
 * The one tokenizer of innohub, identical for documents and queries (DESIGN.md §6):
 * NFKC, lower case, split where the script changes; Hangul runs give their particle-stripped
 * stem and overlapping two-syllable grams (a lone syllable stays); Latin words and numbers stay
 * whole; a word mixing scripts (AI기반, 2차전지) is also kept whole.
 */

// Longest first, so 에서 is tried before 에 and 으로 before 로.
const PARTICLES = [
  '에서부터', '으로부터', '이라는', '에서는', '으로는', '에게서', '까지는', '에서', '에게', '으로', '부터', '까지',
  '처럼', '보다', '이나', '이랑', '라는', '에는', '와의', '과의', '은', '는', '이', '가', '을', '를', '의', '에', '와',
  '과', '도', '로', '만',
];

type Run = { script: 'hangul' | 'latin' | 'digit' | 'jamo'; text: string };

function scriptOf(ch: string): Run['script'] | undefined {
  if (isSyllable(ch)) return 'hangul';
  if (isInitialConsonant(ch)) return 'jamo';
  if (ch >= 'a' && ch <= 'z') return 'latin';
  if (ch >= '0' && ch <= '9') return 'digit';
  return undefined;
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words are separated by anything that is not a letter or digit of our scripts. */
export function splitWords(text: string): Run[][] {
  const words: Run[][] = [];
  let runs: Run[] = [];
  let current: Run | undefined;
  for (const ch of normalizeText(text)) {
    const script = scriptOf(ch);
    if (!script) {
      if (current) runs.push(current);
      if (runs.length > 0) words.push(runs);
      runs = [];
      current = undefined;
      continue;
    }
    if (current && current.script === script) current.text += ch;
    else {
      if (current) runs.push(current);
      current = { script, text: ch };
    }
  }
  if (current) runs.push(current);
  if (runs.length > 0) words.push(runs);
  return words;
}

/** Removes one trailing particle, keeping at least two syllables of stem. */
export function stripParticle(run: string): string {
  for (const particle of PARTICLES) {
    if (run.endsWith(particle) && [...run].length - [...particle].length >= 2) return run.slice(0, run.length - particle.length);
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

/** Tokens of a text, with repeats (so callers can count term frequency). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const runs of splitWords(text)) {
    const last = runs.length - 1;
    const parts: string[] = [];
    runs.forEach((run, i) => {
      if (run.script === 'hangul') {
        // Particles attach to the end of a word only.
        const stem = i === last ? stripParticle(run.text) : run.text;
        parts.push(stem);
        if ([...stem].length > 2) tokens.push(stem);
        tokens.push(...bigrams(stem));
      } else if (run.script === 'jamo') {
        parts.push(run.text);
        tokens.push(...initialBigrams(run.text));
      } else {
        parts.push(run.text);
        // A lone digit glued to a word (2차전지) says little on its own; the whole word keeps it.
        if (runs.length === 1 || run.text.length > 1 || run.script === 'latin') tokens.push(run.text);
      }
    });
    if (runs.length > 1) tokens.push(parts.join(''));
  }
  return tokens;
}

const INITIALS_PREFIX = '^';

function initialBigrams(initials: string): string[] {
  const chars = [...initials];
  if (chars.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(INITIALS_PREFIX + chars[i] + chars[i + 1]);
  return out;
}

/** Initial-consonant (초성) tokens of a name: 한진물류 → ^ㅎㅈ ^ㅈㅁ ^ㅁㄹ, per word and across the name. */
export function initialTokens(name: string): string[] {
  const whole = initialsOf(name);
  const perWord = splitWords(name).map((runs) => initialsOf(runs.map((r) => r.text).join('')));
  return [...new Set([whole, ...perWord].flatMap(initialBigrams))];
}

/** True when the query is only initial consonants (ㅎㅈ, ㅌ ㅈ ㅇ): search names by initials. */
export function isInitialsQuery(query: string): boolean {
  const compact = normalizeText(query).replace(/\s+/g, '');
  return compact.length >= 2 && [...compact].every(isInitialConsonant);
}
