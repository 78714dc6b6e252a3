import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from './review.queries';

const colors: Record<ReviewStatus, string> = {
  received: 'gray',
  underReview: 'blue',
  supplementRequested: 'orange',
  eligible: 'cyan',
  ineligible: 'red',
  selected: 'teal',
  reserve: 'indigo',
  notSelected: 'gray',
};

/** 심사 상태 as a badge: decisions filled, the steps before them light. */
export function ReviewStatusBadge({ status, size = 'sm', ...rest }: { status: ReviewStatus | null; size?: BadgeProps['size'] } & Omit<BadgeProps, 'color' | 'size'>) {
  const { t } = useTranslation();
  if (!status) return null;
  const decided = status === 'selected' || status === 'reserve' || status === 'notSelected' || status === 'ineligible';
  return (
    <Badge size={size} radius="sm" variant={decided ? 'filled' : 'light'} color={colors[status]} data-testid="review-status" data-status={status} {...rest}>
      {t(`reviewStatus.${status}`)}
    </Badge>
  );
}
