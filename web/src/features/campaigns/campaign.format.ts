import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { parsePeriod, unitOf, type Metric } from './campaign.codes';

/** Metric names, periods (2026년 3분기) and values in their unit (1억 2,000만 원, 12명, 3건) in the current language. */
export function useCampaignFormat() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return useMemo(() => {
    const lang = i18n.language;
    return {
      metric: (m: Metric) => t(`campaign.metrics.${m}`),
      unit: (m: Metric) => t(`campaign.units.${unitOf(m)}`),
      period: (text: string) => {
        const p = parsePeriod(text);
        if (!p) return text;
        const year = p.start.slice(0, 4);
        const month = Number(p.start.slice(5, 7));
        if (p.granularity === 'year') return t('campaign.periodYear', { year });
        if (p.granularity === 'quarter') return t('campaign.periodQuarter', { year, quarter: Math.ceil(month / 3) });
        const monthName = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', { month: 'short', timeZone: 'UTC' }).format(new Date(`${p.start}T00:00:00Z`));
        return t('campaign.periodMonth', { year, month, monthName });
      },
      value: (metric: Metric, value: number) => {
        switch (unitOf(metric)) {
          case 'krw':
            return f.krw(value);
          case 'flag':
            return value ? t('campaign.operatingYes') : t('campaign.operatingNo');
          default:
            return t(`campaign.amount.${unitOf(metric) as 'people' | 'count'}`, { value: f.number(value) });
        }
      },
    };
  }, [t, i18n.language, f]);
}
