import { describe, expect, it } from 'vitest';
import { exactToken, initialTokens, isInitialsQuery, stripParticle, tokenize, tokenUnits } from './tokenize.ts';

const has = (text: string, ...tokens: string[]) => expect(tokenize(text)).toEqual(expect.arrayContaining(tokens));
const lacks = (text: string, ...tokens: string[]) => {
  for (const t of tokens) expect(tokenize(text)).not.toContain(t);
};

describe('tokenize', () => {
  it('gives a Hangul word its stem and overlapping bigrams', () => {
    expect(tokenize('물류센터')).toEqual(['물류센터', '물류', '류센', '센터']);
    expect(tokenize('금형')).toEqual(['금형']);
  });

  it('keeps a lone syllable as its own token', () => {
    expect(tokenize('빵')).toEqual(['빵']);
    expect(tokenize('김, 미역')).toEqual(['김', '미역']);
  });

  it('removes a trailing particle, so the word matches with or without it', () => {
    for (const [written, stem] of [
      ['물류센터를', '물류센터'], ['물류센터에서', '물류센터'], ['드론으로', '드론'], ['탄소섬유로', '탄소섬유'], ['한진의', '한진'],
      ['효성과', '효성'], ['화장품을', '화장품'], ['배터리는', '배터리'], ['챗봇이', '챗봇'], ['관광객에게', '관광객'], ['생산하는', '생산'],
    ]) {
      expect(stripParticle(written!), written).toBe(stem);
      expect(tokenize(written!)).toEqual(tokenize(stem!));
    }
  });

  it('removes a particle only where Korean grammar puts one', () => {
    // 이/가, 은/는, 을/를, 과/와 and (으)로 depend on whether the syllable before ends in a consonant.
    expect(stripParticle('에이아이')).toBe('에이아이');
    expect(stripParticle('디스플레이')).toBe('디스플레이');
    expect(stripParticle('전문가')).toBe('전문가');
    expect(stripParticle('디스플레이가')).toBe('디스플레이');
    // At least two syllables of stem stay.
    expect(stripParticle('한과')).toBe('한과');
    expect(stripParticle('김이')).toBe('김이');
  });

  it('does not strip a particle inside a word', () => {
    has('AI기반의', 'ai', '기반', 'ai기반');
    lacks('의약품', '의');
  });

  it('shares the gram across a space between a spaced and a joined compound', () => {
    const spaced = tokenize('스마트 팩토리');
    const joined = tokenize('스마트팩토리');
    expect(spaced).toContain('트팩');
    expect(joined.filter((t) => spaced.includes(t)).sort()).toEqual(['마트', '스마', '토리', '트팩', '팩토'].sort());
    has('물류 센터', '류센');
  });

  it('does not join words across a particle, punctuation or a line break', () => {
    lacks('물류를 센터', '류센');
    lacks('물류, 센터', '류센');
    lacks('물류\n센터', '류센');
  });

  it('splits where the script changes and keeps the mixed word whole', () => {
    expect(tokenize('AI기반')).toEqual(['ai', '기반', 'ai기반']);
    expect(tokenize('IoT센서')).toEqual(['iot', '센서', 'iot센서']);
    has('3D프린팅', '3d', '프린팅', '3d프린팅');
    // A lone digit or letter glued to a word says little on its own.
    expect(tokenize('2차전지')).toEqual(['차전지', '차전', '전지', '2차전지']);
    lacks('K뷰티', 'k');
    expect(tokenize('B2B 5G')).toEqual(['b2b', '5g']);
  });

  it('normalizes full-width forms and case (NFKC)', () => {
    expect(tokenize('ＡＩ기반')).toEqual(tokenize('AI기반'));
    expect(tokenize('Ｓｍａｒｔ　ＦＡＣＴＯＲＹ')).toEqual(['smart', 'factory']);
    expect(tokenize('２차전지')).toEqual(tokenize('2차전지'));
    // Decomposed Hangul (as macOS file names carry it) composes back.
    expect(tokenize('한진'.normalize('NFD'))).toEqual(['한진']);
  });

  it('reads through markup and punctuation', () => {
    expect(tokenize('<b>한진</b>의 &amp; 물류!!')).toEqual(['한진', '물류']);
    expect(tokenize('<p>스마트</p><p>팩토리</p>')).toEqual(tokenize('스마트\n팩토리'));
    expect(tokenize('&#54620;진')).toEqual(['한진']);
    expect(tokenize("'; drop table organizations; --")).toEqual(['drop', 'table', 'organizations']);
    expect(tokenize('★☆…―「」')).toEqual([]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \n\t ')).toEqual([]);
    expect(tokenUnits('!!!')).toEqual([]);
  });

  it('handles very long input in linear time', () => {
    const text = '스마트 물류 센터를 운영하는 AI기반 IoT센서 기업. '.repeat(5000);
    const started = performance.now();
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(50_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('initials (초성)', () => {
  it('recognizes a query of initial consonants, typed or normalized', () => {
    expect(isInitialsQuery('ㅎㅈ')).toBe(true);
    expect(isInitialsQuery('ㅎㅈ ㅈㅁ')).toBe(true);
    // NFKC turns typed ㅎ (U+314E) into conjoining ᄒ (U+1112); both count.
    expect(isInitialsQuery('\u1112\u110c')).toBe(true);
    expect(isInitialsQuery('ㅎ')).toBe(false);
    expect(isInitialsQuery('ㅎㅈ물류')).toBe(false);
    expect(isInitialsQuery('한진')).toBe(false);
  });

  it('indexes a name by its initials, per word and across the name, without its legal form', () => {
    expect(initialTokens('(주)한진정밀')).toEqual(['^ㅎㅈ', '^ㅈㅈ', '^ㅈㅁ', '^=ㅎㅈㅈㅁ', '^<ㅎㅈ']);
    expect(initialTokens('주식회사 한진')).toEqual(initialTokens('한진'));
    expect(initialTokens('㈜한진')).toEqual(initialTokens('한진'));
    expect(initialTokens('LG')).toEqual([]);
  });

  it('tokenizes initials inside a mixed query as initial bigrams', () => {
    expect(tokenize('ㅎㅈ물류')).toEqual(['^ㅎㅈ', '물류', 'ㅎㅈ물류']);
  });
});

describe('exact name token', () => {
  it('ignores legal form, spaces, punctuation and case', () => {
    expect(exactToken('(주)한진')).toBe('=한진');
    expect(exactToken('㈜ LG 생활건강')).toBe('=lg생활건강');
    expect(exactToken('LG생활건강')).toBe('=lg생활건강');
    expect(exactToken('(주)')).toBeUndefined();
  });
});
