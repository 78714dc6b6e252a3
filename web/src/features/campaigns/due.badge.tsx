import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * How long is left to answer, as Korean deadlines read: D-7, D-day, then 기한 경과 in red. The
 * days come from the server (Korea calendar days), so the badge does not depend on the browser's
 * time zone.
 */
export function DueBadge({ daysLeft, closed = false, submitted = false }: { daysLeft: number; closed?: boolean; submitted?: boolean }) {
  const { t } = useTranslation();
  if (closed) {
    return (
      <Badge color="gray" variant="light" radius="sm" data-testid="due-badge">
        {t('campaign.closed')}
      </Badge>
    );
  }
  if (submitted) {
    return (
      <Badge color="teal" variant="light" radius="sm" data-testid="due-badge">
        {t('campaign.status.submitted')}
      </Badge>
    );
  }
  if (daysLeft < 0) {
    return (
      <Badge color="red" variant="filled" radius="sm" data-testid="due-badge">
        {t('campaign.overdue')}
      </Badge>
    );
  }
  return (
    <Badge color={daysLeft <= 3 ? 'orange' : 'blue'} variant={daysLeft <= 3 ? 'filled' : 'light'} radius="sm" data-testid="due-badge">
      {daysLeft === 0 ? 'D-day' : `D-${daysLeft}`}
    </Badge>
  );
}
