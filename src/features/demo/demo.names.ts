import type { Random } from '../../shared/random.ts';

/** Word parts of plausible company names, each with the romanisation used for its English name. */
export type NamePart = readonly [ko: string, en: string];

// Surnames weighted roughly as they occur, by repetition.
const SURNAMES = [
  '김', '김', '김', '김', '이', '이', '이', '박', '박', '최', '정', '정', '강', '조', '윤', '장', '임', '한', '오', '서',
  '신', '권', '황', '안', '송', '류', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '유', '남', '심', '노', '하',
  '곽', '성', '차', '주', '우', '구', '민', '진', '나', '지', '엄', '채', '원', '천', '방', '공', '현',
];

const GIVEN_NAMES = [
  '민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지후', '준서', '준우', '현우', '도현', '지훈', '건우',
  '우진', '선우', '서진', '민재', '현준', '연우', '유준', '정우', '승우', '승현', '시윤', '준혁', '은우', '지환', '승민',
  '서연', '서윤', '지우', '서현', '민서', '하은', '하윤', '윤서', '지유', '지민', '채원', '수아', '지아', '지윤', '다은',
  '은서', '예은', '수빈', '소율', '예린', '지원', '수민', '혜진', '은지', '미경', '영희', '정숙', '순자', '경희', '미영',
  '성호', '영수', '영호', '정호', '상철', '성민', '동현', '재훈', '상훈', '정훈', '태현', '기현', '용준', '병철', '종민',
  '광수', '경수', '재영', '진혁', '형준', '한결', '보람', '슬기', '나래', '가람', '재석', '명수', '대호', '석진', '남준',
  '희정', '선영', '은정', '수진', '현정', '미란', '혜원', '유진', '정민', '소연', '진우', '태윤', '재원', '동욱', '상우',
];

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}

/** Pure-Korean and Sino-Korean roots, as startups and older SMEs name themselves. */
export const KOREAN_ROOTS: readonly NamePart[] = [
  ['한빛', 'Hanbit'], ['누리', 'Nuri'], ['다온', 'Daon'], ['새솔', 'Saesol'], ['가온', 'Gaon'], ['하나', 'Hana'],
  ['아라', 'Ara'], ['보람', 'Boram'], ['늘봄', 'Neulbom'], ['한결', 'Hangyeol'], ['해솔', 'Haesol'], ['바른', 'Bareun'],
  ['푸른', 'Pureun'], ['라온', 'Raon'], ['나래', 'Narae'], ['별빛', 'Byeolbit'], ['슬기', 'Seulgi'], ['이음', 'Ieum'],
  ['채움', 'Chaeum'], ['두레', 'Dure'], ['마루', 'Maru'], ['한울', 'Hanul'], ['세움', 'Seum'], ['지음', 'Jieum'],
  ['솔빛', 'Solbit'], ['미리내', 'Mirinae'], ['윤슬', 'Yunseul'], ['가람', 'Garam'], ['너울', 'Neoul'], ['도담', 'Dodam'],
  ['온누리', 'Onnuri'], ['새봄', 'Saebom'], ['다올', 'Daol'], ['은하', 'Eunha'], ['한마음', 'Hanmaeum'], ['참빛', 'Chambit'],
  ['대성', 'Daesung'], ['삼원', 'Samwon'], ['세진', 'Sejin'], ['영진', 'Youngjin'], ['태광', 'Taekwang'], ['신우', 'Shinwoo'],
  ['성진', 'Sungjin'], ['우진', 'Woojin'], ['동진', 'Dongjin'], ['세광', 'Sekwang'], ['한일', 'Hanil'], ['동아', 'Donga'],
  ['대림', 'Daelim'], ['삼우', 'Samwoo'], ['진성', 'Jinsung'], ['유성', 'Yuseong'], ['경원', 'Kyungwon'], ['협성', 'Hyupsung'],
  ['태성', 'Taesung'], ['명진', 'Myungjin'], ['금강', 'Geumgang'], ['천일', 'Cheonil'], ['대양', 'Daeyang'], ['청운', 'Cheongun'],
];

/** English-derived roots (스마트, 넥스트 …), as many startups are named. */
export const ENGLISH_ROOTS: readonly NamePart[] = [
  ['스마트', 'Smart'], ['그린', 'Green'], ['블루', 'Blue'], ['넥스트', 'Next'], ['에이스', 'Ace'], ['퓨처', 'Future'],
  ['이노', 'Inno'], ['오픈', 'Open'], ['링크', 'Link'], ['큐브', 'Cube'], ['코어', 'Core'], ['웨이브', 'Wave'],
  ['노바', 'Nova'], ['비전', 'Vision'], ['알파', 'Alpha'], ['제니스', 'Zenith'], ['옵티', 'Opti'], ['에코', 'Eco'],
  ['유니', 'Uni'], ['메타', 'Meta'], ['브릿지', 'Bridge'], ['스텔라', 'Stella'], ['루트', 'Root'], ['엣지', 'Edge'],
  ['프라임', 'Prime'], ['씨드', 'Seed'], ['포커스', 'Focus'], ['하이', 'Hi'], ['베스트', 'Best'], ['글로리', 'Glory'],
  ['트루', 'True'], ['아이', 'i'], ['위드', 'With'], ['모아', 'Moa'], ['뉴', 'New'], ['원', 'One'],
  ['에버', 'Ever'], ['인피니', 'Infini'], ['플러스', 'Plus'], ['베이스', 'Base'], ['픽셀', 'Pixel'], ['퀀텀', 'Quantum'],
];

/** Legal-form spellings; which one a company uses is its own habit, so vary it. */
export type LegalForm = 'prefix' | 'prefixLong' | 'suffix' | 'none';

export function withLegalForm(base: string, form: LegalForm): string {
  switch (form) {
    case 'prefix':
      return `(주)${base}`;
    case 'prefixLong':
      return `주식회사 ${base}`;
    case 'suffix':
      return `${base}(주)`;
    case 'none':
      return base;
  }
}

/** Foreign buyers met at export consultations and roadshows (seeds 000, 003). */
export const BUYER_COUNTRIES: readonly { ko: string; city: string; names: string[]; people: string[] }[] = [
  { ko: '중국', city: '상하이', names: ['Shanghai Huaxin Trading', 'Shanghai Jinqiao Import', 'Shanghai Meili Cosmetics', 'Shanghai Haiyun Logistics'], people: ['Wang Wei', 'Li Na', 'Zhang Min', 'Liu Yang'] },
  { ko: '중국', city: '베이징', names: ['Beijing Zhongke Commerce', 'Beijing Hengda E-Commerce', 'Beijing Ocean Foods'], people: ['Chen Jie', 'Zhao Lei', 'Sun Li'] },
  { ko: '홍콩', city: '홍콩', names: ['Kowloon Gadget Distribution', 'Victoria Harbour Trading', 'Pearl Delta Sourcing'], people: ['Chan Ka Wai', 'Wong Siu Ming'] },
  { ko: '페루', city: '리마', names: ['Andes Belleza Import', 'Lima Cosmeticos Distribuidora', 'Pacifico Foods Peru'], people: ['Carlos Ramírez', 'Lucía Torres'] },
  { ko: '멕시코', city: '멕시코시티', names: ['Distribuidora Azteca Beauty', 'Comercializadora Reforma', 'Grupo Mar de Cortés'], people: ['Alejandro Hernández', 'María González'] },
  { ko: '과테말라', city: '과테말라시티', names: ['Importadora Quetzal', 'Maya Trade Partners'], people: ['José Morales', 'Ana López'] },
  { ko: '코스타리카', city: '산호세', names: ['Tico Health & Beauty', 'Central Pacific Importers'], people: ['Diego Vargas', 'Sofía Jiménez'] },
  { ko: '미국', city: 'LA', names: ['Pacific Rim K-Beauty Supply', 'LA Seoul Market Distribution', 'Golden State Fiber Optics', 'Westcoast Smart Logistics'], people: ['David Kim', 'Jennifer Park', 'Michael Brown', 'Sarah Lee'] },
  { ko: '베트남', city: '호찌민', names: ['Saigon Fresh Import', 'Mekong K-Food Distribution'], people: ['Nguyen Van An', 'Tran Thi Mai'] },
  { ko: '일본', city: '오사카', names: ['Kansai Trading', 'Naniwa Beauty Import'], people: ['Tanaka Hiroshi', 'Suzuki Yuki'] },
  { ko: '프랑스', city: '파리', names: ['Composites Paris Distribution', 'Maison Hanbok Paris'], people: ['Julien Martin', 'Claire Dubois'] },
  { ko: '독일', city: '뮌헨', names: ['Bayern Carbon Parts', 'Rhein Industrial Sourcing'], people: ['Stefan Müller', 'Anna Schmidt'] },
];

/** Investment firms (벤처캐피털·액셀러레이터): root + one of these. */
export const INVESTOR_SUFFIXES: readonly NamePart[] = [
  ['벤처스', 'Ventures'], ['인베스트먼트', 'Investment'], ['파트너스', 'Partners'], ['캐피탈', 'Capital'], ['액셀러레이터', 'Accelerator'],
];

/** Names prospective-founder teams give themselves before they incorporate. */
export const TEAM_WORDS: readonly string[] = ['메이트', '랩', '프로젝트', '팩토리', '스튜디오', '크루', '웍스', '하우스'];

/** Two-digit area codes of each region, for contact numbers. */
export const AREA_CODES: Readonly<Record<string, string>> = {
  서울: '02', 부산: '051', 대구: '053', 인천: '032', 광주: '062', 대전: '042', 울산: '052', 세종: '044', 경기: '031',
  강원: '033', 충북: '043', 충남: '041', 전북: '063', 전남: '061', 경북: '054', 경남: '055', 제주: '064',
};

/** Korean object particle for a word: 을 after a final consonant, 를 otherwise. */
export function objectParticle(word: string): '을' | '를' {
  const last = word.trim().at(-1) ?? '';
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return '를';
  return code % 28 === 0 ? '를' : '을';
}

/** A romanised name as a slug for the demo's reserved (.example) mail and web addresses. */
export function slug(en: string): string {
  return en.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
