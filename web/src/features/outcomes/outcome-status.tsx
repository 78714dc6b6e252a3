import { Badge, Group, Stack, Text, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outcome, OutcomeSource, OutcomeStatus } from './outcome.codes';
import { AlertIcon } from './outcome.icons';

const colors: Record<OutcomeStatus, string> = { reported: 'yellow', verified: 'teal', returned: 'red' };

/** 검증 대기 · 확인됨 · 반려됨: the verified state filled, the others light. */
export function OutcomeStatusBadge({ status, size = 'sm' }: { status: OutcomeStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      radius="sm"
      variant={status === 'verified' ? 'filled' : 'light'}
      color={colors[status]}
      data-testid="outcome-status"
      data-status={status}
      // A narrow column must not cut the label (검증 …): the badge's width is its text's.
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`outcome.status.${status}`)}
    </Badge>
  );
}

export function useSourceLabel() {
  const { t } = useTranslation();
  return (source: OutcomeSource) => t(`outcome.source.${source}`);
}

/** The checks that ask staff to look before verifying (a revenue ten times last year's), each as the server words it. */
export function OutcomeFlags({ flags }: { flags: Outcome['flags'] }) {
  if (!flags.length) return null;
  return (
    <Stack gap={2} data-testid="outcome-flags">
      {flags.map((flag) => (
        <Group key={flag.code} gap={4} wrap="nowrap" align="flex-start">
          <Text span c="orange.7" lh={0} mt={2} style={{ flexShrink: 0 }}>
            <AlertIcon size={14} />
          </Text>
          <Text size="xs" c="orange.9" fw={500} data-testid="outcome-flag">
            {flag.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Why staff returned a figure, for the company to fix. */
export function ReturnReason({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.status !== 'returned' || !outcome.statusReason) return null;
  return (
    <Text size="xs" c="red.8" data-testid="outcome-return-reason">
      {t('outcome.returnReason', { reason: outcome.statusReason })}
    </Text>
  );
}
