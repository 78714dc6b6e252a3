/**
 * Words users write for the same thing. A query word in a group also searches the others.
 * Entries are written as users type them; they go through the tokenizer like any text.
 */
export const synonymGroups: string[][] = [
  ['금형', '몰드', 'mold', 'mould'],
  ['이차전지', '2차전지', '배터리', 'battery'],
  ['스마트공장', '스마트팩토리', 'smart factory', 'smartfactory'],
  ['인공지능', 'ai', '에이아이'],
  ['사물인터넷', 'iot'],
  ['드론', '무인항공기', '무인기', 'drone'],
  ['화장품', '코스메틱', 'cosmetics', '뷰티'],
  ['탄소섬유', '카본', 'carbon fiber'],
  ['물류', '로지스틱스', 'logistics'],
  ['빅데이터', 'big data'],
  ['가상현실', 'vr'],
  ['증강현실', 'ar'],
  ['수소차', '수소자동차', '수소전기차'],
  ['전기차', '전기자동차', 'ev'],
  ['핀테크', 'fintech'],
  ['블록체인', 'blockchain'],
  ['로봇', 'robot'],
  ['반도체', 'semiconductor'],
  ['자율주행', 'autonomous driving'],
  ['헬스케어', '디지털헬스', 'healthcare'],
  ['역직구', '해외직판', '크로스보더'],
  ['3d프린팅', '3d프린터', '적층제조'],
  ['클라우드', 'cloud'],
  ['스타트업', '창업기업', 'startup'],
];

const normalize = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const groupOf = new Map<string, string[]>();
for (const group of synonymGroups) for (const word of group) groupOf.set(normalize(word), group);

/** The other words of `word`'s synonym group (empty when it has none). */
export function synonymsOf(word: string): string[] {
  const key = normalize(word);
  return (groupOf.get(key) ?? []).filter((w) => normalize(w) !== key);
}
