import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor, type CallStatus } from './call.codes';
import { daysLeft } from './call.time';

/** The status of a call (접수 예정 / 접수 중 / 마감, or 작성 중 for staff) and, while open, its D-day. */
export function CallStatusBadges({ status, closesAt, size = 'sm' }: { status: CallStatus; closesAt: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const days = status === 'open' ? daysLeft(closesAt) : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge size={size} radius="sm" variant={status === 'open' ? 'filled' : 'light'} color={statusColor[status]} data-testid="call-status">
        {t(`call.status.${status}`)}
      </Badge>
      {days !== null ? (
        <Badge size={size} radius="sm" variant="outline" color={days <= 3 ? 'red' : 'teal'} data-testid="call-dday">
          {days <= 0 ? t('call.dDayToday') : t('call.dDay', { days })}
        </Badge>
      ) : null}
    </Group>
  );
}
