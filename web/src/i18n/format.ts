import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const JO = 1_000_000_000_000;
const EOK = 100_000_000;
const MAN = 10_000;

/** Won in 만/억/조 units (2,834억 원; 19억 5,000만 원; 12조 4,289억 원) in Korean; ₩283.4 bn in English. */
export function formatKrw(value: number, lang: string): string {
  const sign = value < 0 ? '-' : '';
  const n = Math.abs(value);
  if (lang === 'en') {
    const nf = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });
    if (n >= 1e12) return `${sign}₩${nf(n / 1e12)} tn`;
    if (n >= 1e9) return `${sign}₩${nf(n / 1e9)} bn`;
    if (n >= 1e6) return `${sign}₩${nf(n / 1e6)} m`;
    return `${sign}₩${n.toLocaleString('en')}`;
  }
  const group = (x: number) => x.toLocaleString('ko-KR');
  if (n >= JO) {
    const jo = Math.floor(n / JO);
    const eok = Math.round((n % JO) / EOK);
    return `${sign}${group(jo)}조${eok ? ` ${group(eok)}억` : ''} 원`;
  }
  if (n >= EOK) {
    const eok = Math.floor(n / EOK);
    const man = Math.round((n % EOK) / MAN);
    return `${sign}${group(eok)}억${man ? ` ${group(man)}만` : ''} 원`;
  }
  if (n >= MAN) return `${sign}${group(Math.round(n / MAN))}만 원`;
  return `${sign}${group(n)} 원`;
}

/**
 * Won rounded to one unit, for headline figures and chart axes: 12.4조 원, 2,834억 원, 19.5억 원,
 * 5,000만 원 (₩12.4 tn, ₩283.4 bn); `unit: false` leaves out 원 (axis ticks).
 */
export function formatKrwShort(value: number, lang: string, unit = true): string {
  const sign = value < 0 ? '-' : '';
  const n = Math.abs(value);
  const one = (x: number) => x.toLocaleString(lang === 'en' ? 'en' : 'ko-KR', { maximumFractionDigits: 1 });
  if (lang === 'en') {
    if (n >= 1e12) return `${sign}₩${one(n / 1e12)}${unit ? ' ' : ''}tn`;
    if (n >= 1e9) return `${sign}₩${one(n / 1e9)}${unit ? ' ' : ''}bn`;
    if (n >= 1e6) return `${sign}₩${one(n / 1e6)}${unit ? ' ' : ''}m`;
    return `${sign}₩${one(n)}`;
  }
  const won = unit ? ' 원' : '';
  if (n >= JO) return `${sign}${one(n / JO)}조${won}`;
  if (n >= 100 * EOK) return `${sign}${Math.round(n / EOK).toLocaleString('ko-KR')}억${won}`;
  if (n >= EOK) return `${sign}${one(n / EOK)}억${won}`;
  if (n >= MAN) return `${sign}${Math.round(n / MAN).toLocaleString('ko-KR')}만${won}`;
  return `${sign}${n.toLocaleString('ko-KR')}${won}`;
}

/** A calendar date (YYYY-MM-DD) or a timestamp as a date people read: 2015년 7월 22일 / Jul 22, 2015. */
export function formatDate(value: string, lang: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', {
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: dateOnly ? 'UTC' : 'Asia/Seoul',
  }).format(date);
}

/** A moment as people read it in Seoul time: 2026. 11. 28. 오후 7:05 / Nov 28, 2026, 7:05 PM. */
export function formatDateTime(value: string, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(date);
}

export function formatNumber(value: number, lang: string): string {
  return value.toLocaleString(lang === 'en' ? 'en-US' : 'ko-KR');
}

/** Formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(
    () => ({
      krw: (v: number) => formatKrw(v, lang),
      krwShort: (v: number, unit?: boolean) => formatKrwShort(v, lang, unit),
      exactKrw: (v: number) => (lang === 'en' ? `₩${formatNumber(v, lang)}` : `${formatNumber(v, lang)}원`),
      date: (v: string) => formatDate(v, lang),
      dateTime: (v: string) => formatDateTime(v, lang),
      number: (v: number) => formatNumber(v, lang),
      lang,
    }),
    [lang],
  );
}
