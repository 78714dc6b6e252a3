const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Conjoining initial consonants ᄀ..ᄒ (U+1100–U+1112), in the same order as CHOSEONG. */
const CONJOINING_FIRST = 0x1100;
const RIEUL_FINAL = 8;

export function isSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= SYLLABLE_BASE && code <= SYLLABLE_LAST;
}

/** Compatibility jamo consonants, as people type initials: ㅎㅈ for 한진. */
export function isInitialConsonant(ch: string): boolean {
  return CHOSEONG.includes(ch);
}

/**
 * NFKC maps the compatibility jamo people type (ㅎ U+314E) to conjoining jamo (ᄒ U+1112); a lone
 * conjoining initial is mapped back, so initials survive normalization.
 */
export function compatibilityInitials(text: string): string {
  return text.replace(/[\u1100-\u1112]/g, (ch) => CHOSEONG[ch.charCodeAt(0) - CONJOINING_FIRST]!);
}

/** The final consonant (받침) index of a syllable: 0 when it ends in a vowel, 8 for ㄹ. */
function finalOf(syllable: string): number {
  return (syllable.charCodeAt(0) - SYLLABLE_BASE) % 28;
}

export const endsInVowel = (syllable: string) => isSyllable(syllable) && finalOf(syllable) === 0;
export const endsInConsonant = (syllable: string) => isSyllable(syllable) && finalOf(syllable) !== 0;
export const endsInRieulOrVowel = (syllable: string) => isSyllable(syllable) && (finalOf(syllable) === 0 || finalOf(syllable) === RIEUL_FINAL);

/** The initial consonant of each syllable; other characters are dropped. */
export function initialsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isSyllable(ch)) out += CHOSEONG[Math.floor((ch.charCodeAt(0) - SYLLABLE_BASE) / 588)];
    else if (isInitialConsonant(ch)) out += ch;
  }
  return out;
}
