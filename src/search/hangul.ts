const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

export function isSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= SYLLABLE_BASE && code <= SYLLABLE_LAST;
}

/** Compatibility jamo consonants, as people type initials: ㅎㅈ for 한진. */
export function isInitialConsonant(ch: string): boolean {
  return CHOSEONG.includes(ch);
}

/** The initial consonant of each syllable; other characters are dropped. */
export function initialsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isSyllable(ch)) out += CHOSEONG[Math.floor((ch.charCodeAt(0) - SYLLABLE_BASE) / 588)];
    else if (isInitialConsonant(ch)) out += ch;
  }
  return out;
}
