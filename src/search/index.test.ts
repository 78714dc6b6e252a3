import { describe, expect, it } from 'vitest';
import { searchDocument, searchQuery } from './index.ts';

const weights = (q: string) => Object.fromEntries(searchQuery(q)!.terms.map((t) => [t.token, t.weight]));

describe('searchQuery', () => {
  it('is undefined for a blank query or one without a word', () => {
    expect(searchQuery('')).toBeUndefined();
    expect(searchQuery('   ')).toBeUndefined();
    expect(searchQuery('!!!')).toBeUndefined();
  });

  it('weighs each written unit as one, shared by its tokens', () => {
    const w = weights('드론 배송');
    expect(w['드론']).toBe(1);
    expect(w['배송']).toBe(1);
    // A synonym weighs 0.8 in all, however many tokens it has: 무인항공기 has five.
    expect(w['무인항공기']).toBeCloseTo(0.8 / 5);
    expect(w['drone']).toBeCloseTo(0.8);
  });

  it('adds synonyms of words, of runs inside mixed words, of phrases and of parts of long words', () => {
    expect(weights('몰드')).toHaveProperty('금형');
    expect(weights('ESS배터리')).toHaveProperty('에너지저장장치');
    expect(weights('스마트 공장')).toHaveProperty('스마트팩토리');
    expect(weights('smart factory')).toHaveProperty('스마트공장');
    expect(weights('폐배터리')).toHaveProperty('이차전지');
  });

  it('reads the query as a whole name too, with and without a particle', () => {
    expect(weights('한진의')).toMatchObject({ '=한진': 1, '=한진의': 1 });
  });

  it('needs every initial bigram of an initials query, and ranks exact and leading initials', () => {
    const q = searchQuery('ㅎㅈㅈㅁ')!;
    expect(q.match).toBe('all');
    expect(q.terms.filter((t) => !t.optional).map((t) => t.token).sort()).toEqual(['^ㅈㅁ', '^ㅈㅈ', '^ㅎㅈ']);
    expect(q.terms.filter((t) => t.optional).map((t) => t.token).sort()).toEqual(['^<ㅎㅈ', '^=ㅎㅈㅈㅁ']);
  });

  it('keeps a long pasted query to a bounded number of terms', () => {
    const q = searchQuery('스마트 물류 센터를 운영하는 AI기반 IoT센서 기업과 탄소섬유 이차전지 드론 금형 '.repeat(4).slice(0, 200))!;
    expect(q.terms.length).toBeLessThanOrEqual(48);
  });
});

describe('searchDocument', () => {
  it('counts field-weighted term frequency and length', () => {
    const doc = searchDocument([
      { text: '한진', weight: 5, name: true },
      { text: '한진 물류', weight: 1 },
    ]);
    expect(doc.terms['한진']).toBe(6);
    expect(doc.terms['물류']).toBe(1);
    expect(doc.terms['=한진']).toBe(5);
    expect(doc.terms['^ㅎㅈ']).toBe(5);
    // Lookup tokens (initials, whole name) do not lengthen the document.
    expect(doc.length).toBe(5 + 3);
    expect(doc.tokens).toEqual([...doc.tokens].sort());
  });

  it('takes empty fields', () => {
    expect(searchDocument([{ text: null, weight: 1 }, { text: '', weight: 2 }])).toEqual({ tokens: [], terms: {}, length: 1 });
  });
});
