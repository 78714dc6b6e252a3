import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { metricInfo, type Target, type TargetMetric } from './target.codes';

type Unit = 'krw' | 'people' | 'count' | 'organizations';

export function unitOf(target: Pick<Target, 'kind' | 'metric'>): Unit {
  if (target.kind === 'organizations' || !target.metric) return 'organizations';
  if (metricInfo[target.metric].unit === 'krw') return 'krw';
  return target.metric === 'newHires' ? 'people' : 'count';
}

const DAY_MS = 86_400_000;
/** Whole days from one calendar date to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** A target's values in its unit (1억 1,000만 원, 37명, 6개사), what it counts, and its filter in words. */
export function useTargetFormat() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  return useMemo(
    () => ({
      metric: (m: TargetMetric) => t(`target.metric.${m}`),
      value: (target: Pick<Target, 'kind' | 'metric'>, n: number) => {
        const unit = unitOf(target);
        return unit === 'krw' ? f.krw(n) : t(`target.units.${unit}`, { value: f.number(n) });
      },
      /** The exact won where the screen rounds (만/억), else null. */
      exact: (target: Pick<Target, 'kind' | 'metric'>, n: number) => (unitOf(target) === 'krw' ? f.exactKrw(n) : null),
      /** What is counted: the metric, or the organizations supported and each condition of the filter. */
      counts: (target: Target): string[] => {
        if (target.kind === 'metric' && target.metric) return [t(`target.metric.${target.metric}`)];
        const fl = target.filter;
        return [
          t('target.organizationsCounted'),
          ...(fl.kinds ?? []).map((k) => labels.kind(k)),
          ...(fl.ksicPrefixes?.length ? [t('target.filterKsic', { codes: fl.ksicPrefixes.join(', ') })] : []),
          ...(fl.regions ?? []).map((r) => labels.region(r)),
          ...(fl.supportKinds ?? []).map((k) => labels.supportKind(k)),
          ...(fl.foundedSinceStart ? [t('target.filterFoundedSinceStart')] : []),
        ];
      },
      percent: (n: number) => `${f.number(n)}%`,
      number: f.number,
      date: f.date,
    }),
    [t, f, labels],
  );
}
