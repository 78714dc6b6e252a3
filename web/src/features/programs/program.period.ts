import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** A period as people read it: 2026년 3월 1일 ~ 2026년 12월 31일; an open end says so. */
export function usePeriod() {
  const { t } = useTranslation();
  const f = useFormat();
  return (startedOn: string | null, endedOn: string | null): string => {
    if (!startedOn && !endedOn) return '—';
    return `${startedOn ? f.date(startedOn) : t('program.openStart')} ~ ${endedOn ? f.date(endedOn) : t('program.openEnd')}`;
  };
}
