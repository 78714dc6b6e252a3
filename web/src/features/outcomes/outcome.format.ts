import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { metricInfo, parsePeriod, type OutcomeMetric } from './outcome.codes';

/** How a metric's value is read: won, people, a count of things, or 영업 중 / 폐업. */
export type OutcomeUnit = 'krw' | 'people' | 'count' | 'flag';

const PEOPLE = new Set<OutcomeMetric>(['employees', 'newHires']);

export function unitOf(metric: OutcomeMetric): OutcomeUnit {
  const unit = metricInfo[metric].unit;
  return unit === 'count' ? (PEOPLE.has(metric) ? 'people' : 'count') : unit;
}

/** Metric names, periods (2025년 3분기) and values in their unit (1억 2,000만 원, 12명, 3건) in the current language. */
export function useOutcomeFormat() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return useMemo(() => {
    const lang = i18n.language;
    return {
      metric: (m: OutcomeMetric) => t(`outcome.metrics.${m}`),
      period: (text: string) => {
        const p = parsePeriod(text);
        if (!p) return text;
        const year = p.start.slice(0, 4);
        const month = Number(p.start.slice(5, 7));
        if (p.granularity === 'year') return t('outcome.periodYear', { year });
        if (p.granularity === 'quarter') return t('outcome.periodQuarter', { year, quarter: Math.ceil(month / 3) });
        const monthName = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', { month: 'short', timeZone: 'UTC' }).format(new Date(`${p.start}T00:00:00Z`));
        return t('outcome.periodMonth', { year, month, monthName });
      },
      /** The value as people read it: 만/억 for won. */
      value: (metric: OutcomeMetric, value: number) => {
        switch (unitOf(metric)) {
          case 'krw':
            return f.krw(value);
          case 'people':
            return t('outcome.units.people', { count: value, value: f.number(value) });
          case 'count':
            return t('outcome.units.count', { value: f.number(value) });
          case 'flag':
            return value ? t('outcome.operatingYes') : t('outcome.operatingNo');
        }
      },
      /** The exact value where the screen rounds it (won), else null. */
      exact: (metric: OutcomeMetric, value: number) => (unitOf(metric) === 'krw' ? f.exactKrw(value) : null),
    };
  }, [t, i18n.language, f]);
}
