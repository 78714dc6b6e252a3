/** The 17 metropolitan cities and provinces (시·도), by the short names people write. */
export const regions = [
  { code: '서울', en: 'Seoul' },
  { code: '부산', en: 'Busan' },
  { code: '대구', en: 'Daegu' },
  { code: '인천', en: 'Incheon' },
  { code: '광주', en: 'Gwangju' },
  { code: '대전', en: 'Daejeon' },
  { code: '울산', en: 'Ulsan' },
  { code: '세종', en: 'Sejong' },
  { code: '경기', en: 'Gyeonggi' },
  { code: '강원', en: 'Gangwon' },
  { code: '충북', en: 'Chungbuk' },
  { code: '충남', en: 'Chungnam' },
  { code: '전북', en: 'Jeonbuk' },
  { code: '전남', en: 'Jeonnam' },
  { code: '경북', en: 'Gyeongbuk' },
  { code: '경남', en: 'Gyeongnam' },
  { code: '제주', en: 'Jeju' },
] as const;

export type Region = (typeof regions)[number]['code'];
export const regionCodes = regions.map((r) => r.code) as [Region, ...Region[]];

/** Long official names users paste from spreadsheets, mapped to the short code. */
const longNames: Record<string, Region> = {
  서울특별시: '서울', 부산광역시: '부산', 대구광역시: '대구', 인천광역시: '인천', 광주광역시: '광주',
  대전광역시: '대전', 울산광역시: '울산', 세종특별자치시: '세종', 경기도: '경기', 강원도: '강원',
  강원특별자치도: '강원', 충청북도: '충북', 충청남도: '충남', 전라북도: '전북', 전북특별자치도: '전북',
  전라남도: '전남', 경상북도: '경북', 경상남도: '경남', 제주특별자치도: '제주', 제주도: '제주',
};

/** Accepts 인천, 인천광역시, Incheon; returns the short code or undefined. */
export function normalizeRegion(input: string): Region | undefined {
  const s = input.trim();
  const direct = regions.find((r) => r.code === s || r.en.toLowerCase() === s.toLowerCase());
  return direct?.code ?? longNames[s.replace(/\s+/g, '')];
}
