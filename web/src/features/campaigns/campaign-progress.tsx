import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Campaign } from './campaign.codes';

const pct = (n: number, of: number) => (of ? (n / of) * 100 : 0);

/**
 * A campaign's progress as one bar: submitted (teal) and overdue (red) of those requested, the
 * rest not yet due; the counts under it, verified among them.
 */
export function CampaignProgress({ progress, size = 'lg' }: { progress: Campaign['progress']; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { requested, submitted, overdue, verified } = progress;
  return (
    <Stack gap={6} data-testid="campaign-progress">
      <Progress.Root size={size} aria-label={t('campaign.progressLabel', { submitted, requested })}>
        <Tooltip label={t('campaign.progress.submitted', { count: submitted })}>
          <Progress.Section value={pct(submitted, requested)} color="teal" />
        </Tooltip>
        <Tooltip label={t('campaign.progress.overdue', { count: overdue })}>
          <Progress.Section value={pct(overdue, requested)} color="red" />
        </Tooltip>
      </Progress.Root>
      <Group gap="md" wrap="wrap">
        <Text size="xs" fw={600}>
          {t('campaign.progress.submittedOf', { submitted: f.number(submitted), requested: f.number(requested) })}
        </Text>
        {overdue ? (
          <Text size="xs" c="red" fw={600}>
            {t('campaign.progress.overdue', { count: overdue, n: f.number(overdue) })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('campaign.progress.verified', { count: verified, n: f.number(verified) })}
        </Text>
      </Group>
    </Stack>
  );
}
