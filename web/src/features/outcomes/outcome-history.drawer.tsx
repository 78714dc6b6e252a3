import { Divider, Drawer, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EditIcon, PlusIcon } from '../../components/icons';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { useFormat } from '../../i18n/format';
import type { Outcome, OutcomeVersion } from './outcome.codes';
import { useOutcomeFormat } from './outcome.format';
import { CheckIcon, ReturnIcon } from './outcome.icons';
import { outcomeHistoryQuery } from './outcome.queries';
import { OutcomeEvidence } from './outcome-evidence';
import { OutcomeStatusBadge } from './outcome-status';

const changeColor: Record<OutcomeVersion['change'], string> = { created: 'brand', amended: 'blue', verified: 'teal', returned: 'red' };
const changeIcon = { created: PlusIcon, amended: EditIcon, verified: CheckIcon, returned: ReturnIcon } as const;

/**
 * A figure's details: its evidence files (증빙), then every version, oldest first: who entered,
 * amended, verified or returned it, when, and why.
 */
export function OutcomeHistoryDrawer({ outcome, opened, onClose }: { outcome: Outcome | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useOutcomeFormat();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={outcome ? t('outcome.drawerTitle', { metric: fmt.metric(outcome.metric), period: fmt.period(outcome.period) }) : ''}
    >
      {outcome ? (
        // Korean wraps between words (keep-all); a long file name still breaks where it must.
        <Stack gap="lg" style={{ wordBreak: 'keep-all' }}>
          <Summary outcome={outcome} />
          <OutcomeEvidence outcome={outcome} />
          <Divider />
          <Stack gap="sm">
            <Title order={4} fz="sm">
              {t('outcome.history')}
            </Title>
            <HistoryTimeline outcome={outcome} />
          </Stack>
        </Stack>
      ) : null}
    </Drawer>
  );
}

/** Whose figure, its value now and its state. */
function Summary({ outcome }: { outcome: Outcome }) {
  const fmt = useOutcomeFormat();
  const exact = fmt.exact(outcome.metric, outcome.value);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {outcome.organizationName}
      </Text>
      <Group gap="sm" wrap="wrap" align="baseline">
        <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {fmt.value(outcome.metric, outcome.value)}
        </Text>
        {exact ? (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {exact}
          </Text>
        ) : null}
        <OutcomeStatusBadge status={outcome.status} />
      </Group>
    </Stack>
  );
}

function HistoryTimeline({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const f = useFormat();
  const fmt = useOutcomeFormat();
  const query = useQuery(outcomeHistoryQuery(outcome.id));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <RouteError error={query.error} reset={() => void query.refetch()} />;
  const items = query.data.items;
  return (
    <Stack gap="md">
      <Timeline bulletSize={24} lineWidth={2} active={items.length} data-testid="outcome-history">
        {items.map((v, i) => {
          const Icon = changeIcon[v.change];
          const previous = items[i - 1];
          const valueChanged = !previous || previous.value !== v.value;
          return (
            <Timeline.Item
              key={v.version}
              color={changeColor[v.change]}
              bullet={<Icon size={13} />}
              data-testid="outcome-history-entry"
              title={
                <Group gap={8} wrap="wrap">
                  <Text fw={600} size="sm">
                    {t(`outcome.change.${v.change}`)}
                  </Text>
                  <OutcomeStatusBadge status={v.status} size="xs" />
                </Group>
              }
            >
              <Stack gap={2} mt={4}>
                <Text size="sm" fw={valueChanged ? 600 : undefined} c={valueChanged ? undefined : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {fmt.value(outcome.metric, v.value)}
                  {fmt.exact(outcome.metric, v.value) ? (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {fmt.exact(outcome.metric, v.value)}
                    </Text>
                  ) : null}
                </Text>
                {v.reason ? (
                  <Text size="sm" c={v.change === 'returned' ? 'red.8' : 'dark.4'}>
                    {t('outcome.historyReason', { reason: v.reason === 'import' ? t('outcome.source.import') : v.reason })}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {[v.changedBy ?? t('outcome.system'), f.dateTime(v.changedAt)].join(' · ')}
                </Text>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
