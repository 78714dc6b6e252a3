/**
 * Words users write for the same thing. A query word in a group also searches the others.
 * Entries are written as users type them; they go through the tokenizer like any text, and are
 * matched with spaces removed (스마트 공장 = 스마트공장).
 */
export const synonymGroups: string[][] = [
  ['금형', '몰드', 'mold', 'mould'],
  ['이차전지', '2차전지', '이차 전지', '2차 전지', '배터리', 'battery', '축전지'],
  ['스마트공장', '스마트팩토리', 'smart factory', 'smartfactory'],
  ['인공지능', 'ai', '에이아이', 'artificial intelligence'],
  ['사물인터넷', 'iot', '아이오티', 'internet of things'],
  ['드론', '무인항공기', '무인기', 'drone', 'uav'],
  ['화장품', '코스메틱', 'cosmetics', 'cosmetic', '뷰티'],
  ['탄소섬유', '카본섬유', 'carbon fiber'],
  ['탄소', '카본', 'carbon'],
  ['물류', '로지스틱스', 'logistics', 'logis'],
  ['빅데이터', 'big data'],
  ['가상현실', 'vr', '브이알'],
  ['증강현실', 'ar', '에이알'],
  ['수소차', '수소자동차', '수소전기차', 'fcev'],
  ['수소', 'hydrogen', 'h2'],
  ['연료전지', 'fuel cell'],
  ['전기차', '전기자동차', 'ev', 'electric vehicle'],
  ['핀테크', 'fintech', '금융기술'],
  ['블록체인', 'blockchain'],
  ['로봇', 'robot'],
  ['반도체', 'semiconductor', '팹리스'],
  ['자율주행', 'autonomous driving', 'self driving'],
  ['헬스케어', '디지털헬스', 'healthcare'],
  ['역직구', '해외직판', '크로스보더', 'cross border'],
  ['3d프린팅', '3d프린터', '3d printing', '적층제조', '쓰리디프린팅'],
  ['클라우드', 'cloud'],
  ['스타트업', '창업기업', 'startup'],
  ['에너지저장장치', 'ess'],
  ['제조실행시스템', '생산관리시스템', 'mes'],
  ['창고관리시스템', '창고관리', 'wms'],
  ['무인운반차', 'agv', '자율이동로봇', 'amr'],
  ['라이다', 'lidar'],
  ['챗봇', 'chatbot', '대화형 ai'],
  ['주조', '주물', 'casting'],
  ['단조', 'forging'],
  ['용접', 'welding'],
  ['열처리', 'heat treatment'],
  ['도금', 'plating', '표면처리'],
  ['예지보전', '고장 예측', 'predictive maintenance'],
  ['대체육', '식물성 고기', '대체 단백질'],
  ['관광', '여행', '투어', 'tour', 'tourism'],
  ['통관', 'customs', '관세'],
  ['풀필먼트', 'fulfillment', '물류 대행'],
  ['콜드체인', 'cold chain', '저온 유통', '냉장 냉동'],
  ['이커머스', '전자상거래', 'e커머스', 'ecommerce', '온라인 쇼핑몰'],
  ['특허', 'patent', '지식재산'],
  ['의료기기', 'medical device'],
  ['스마트팜', 'smart farm', '식물공장', '수직농장'],
  ['바이오', 'bio', '생명공학'],
  ['가상발전소', 'vpp'],
  ['뿌리산업', '뿌리기술'],
  ['lg', '엘지'],
  ['kt', '케이티'],
  ['sk', '에스케이'],
  ['삼성', 'samsung'],
  ['현대', 'hyundai'],
  ['한진', 'hanjin'],
  ['효성', 'hyosung'],
];

const normalize = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const groupsOf = new Map<string, string[][]>();
for (const group of synonymGroups) {
  for (const word of group) {
    const key = normalize(word);
    groupsOf.set(key, [...(groupsOf.get(key) ?? []), group]);
  }
}

/** The other words of `word`'s synonym groups (empty when it has none). */
export function synonymsOf(word: string): string[] {
  const key = normalize(word);
  return [...new Set((groupsOf.get(key) ?? []).flat())].filter((w) => normalize(w) !== key);
}

const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;
/** Entries found inside longer words: Hangul of three syllables or more (배터리 in 폐배터리). */
const partKeys = [...groupsOf.keys()].filter((k) => HANGUL_ONLY.test(k) && [...k].length >= 3);

/** Synonyms of the entries found inside a longer word (폐배터리 → 이차전지, battery …). */
export function synonymsWithin(word: string): string[] {
  const key = normalize(word);
  const out = new Set<string>();
  for (const part of partKeys) {
    if (part !== key && key.includes(part)) for (const synonym of synonymsOf(part)) if (!key.includes(normalize(synonym))) out.add(synonym);
  }
  return [...out];
}
