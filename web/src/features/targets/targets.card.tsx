import { Badge, Box, Button, Card, Center, Divider, Group, Loader, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/form-errors';
import { PlusIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import { RowActions } from '../../components/row-actions';
import { SectionTitle } from '../../components/section-title';
import { useMe } from '../auth/session.queries';
import { mayReadTargets, maySetTargets } from './target.access';
import type { Target, TargetScope, TargetStatus } from './target.codes';
import { TargetDeleteModal } from './target-delete.modal';
import { daysBetween, useTargetFormat } from './target.format';
import { TargetModal } from './target.modal';
import { targetsQuery } from './target.queries';

const statusColors: Record<TargetStatus, string> = { met: 'teal', on_track: 'brand', at_risk: 'orange', missed: 'red' };

/** 달성 · 순항 · 위험 · 미달성, colored; the settled ones (met, missed) filled. */
function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`target.statusHint.${status}`)} withArrow>
      <Badge
        color={statusColors[status]}
        variant={status === 'met' || status === 'missed' ? 'filled' : 'light'}
        radius="sm"
        style={{ flexShrink: 0 }}
        data-testid="target-status"
        data-status={status}
      >
        {t(`target.status.${status}`)}
      </Badge>
    </Tooltip>
  );
}

/**
 * The targets of a center, a cluster or a program with their progress: a bar of the value so far
 * against the target with a mark where the period stands, the forecast, the status and the
 * deadline; staff of the scope add, edit and delete them. Nothing for people who may not read them.
 */
export function TargetsCard({ scope }: { scope: TargetScope }) {
  const me = useMe();
  if (!mayReadTargets(me, scope)) return null;
  return <TargetsCardBody scope={scope} canSet={maySetTargets(me, scope)} />;
}

function TargetsCardBody({ scope, canSet }: { scope: TargetScope; canSet: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(targetsQuery(scope));
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);

  return (
    <Card data-testid="targets-card">
      <SectionTitle
        right={
          canSet ? (
            <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => setEditing('new')}>
              {t('target.add')}
            </Button>
          ) : null
        }
      >
        {t('target.title')}
      </SectionTitle>
      {query.isPending ? (
        <Center py="md">
          <Loader type="dots" size="sm" />
        </Center>
      ) : query.isError ? (
        <ProblemAlert>{problemMessage(query.error, t('common.tryAgainLater'))}</ProblemAlert>
      ) : query.data.length === 0 ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('target.none')}
          </Text>
          {canSet ? (
            <Text size="xs" c="dimmed">
              {t('target.noneHint')}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Stack gap="md">
          {query.data.map((target, i) => (
            <Fragment key={target.id}>
              {i > 0 ? <Divider /> : null}
              <TargetRow target={target} onEdit={() => setEditing(target)} onDelete={() => setDeleting(target)} />
            </Fragment>
          ))}
          <Text size="xs" c="dimmed">
            {t('target.footnote')}
          </Text>
        </Stack>
      )}
      {canSet ? (
        <>
          <TargetModal opened={editing !== null} onClose={() => setEditing(null)} scope={scope} target={editing === 'new' ? undefined : (editing ?? undefined)} />
          <TargetDeleteModal target={deleting} onClose={() => setDeleting(null)} />
        </>
      ) : null}
    </Card>
  );
}

function TargetRow({ target, onEdit, onDelete }: { target: Target; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const tf = useTargetFormat();
  const { progress } = target;
  const daysLeft = daysBetween(progress.asOf, target.deadline);
  const notStarted = progress.asOf < target.startsOn;
  const exact = tf.exact(target, progress.current);

  return (
    <Stack gap={8} data-testid="target-row" data-target-id={target.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" data-testid="target-title" style={{ overflowWrap: 'anywhere' }}>
            {target.title}
          </Text>
          <Text size="xs" c="dimmed" data-testid="target-counts">
            {tf.counts(target).join(' · ')}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <TargetStatusBadge status={progress.status} />
          <RowActions
            editLabel={target.permissions.update ? t('target.editAria', { title: target.title }) : undefined}
            deleteLabel={target.permissions.delete ? t('target.deleteAria', { title: target.title }) : undefined}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </Group>
      </Group>
      <ProgressWithMarker target={target} />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" data-testid="target-current" title={exact ?? undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Text span fw={700}>
            {t('target.currentOfGoal', { current: tf.value(target, progress.current), goal: tf.value(target, target.value) })}
          </Text>{' '}
          <Text span c="dimmed" size="xs">
            ({tf.percent(progress.percent)})
          </Text>
        </Text>
        {daysLeft >= 0 ? (
          <Text size="xs" c="dimmed" data-testid="target-forecast">
            {progress.forecast !== null
              ? t('target.forecast', { value: tf.value(target, progress.forecast) })
              : notStarted
                ? t('target.startsLater', { date: tf.date(target.startsOn) })
                : t('target.forecastNone')}
          </Text>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" data-testid="target-deadline">
        {t('target.deadlineOn', { date: tf.date(target.deadline) })}
        {' · '}
        {daysLeft > 0 ? t('target.daysLeft', { count: daysLeft }) : daysLeft === 0 ? t('target.dueToday') : t('target.pastDeadline')}
      </Text>
    </Stack>
  );
}

/** The value so far as a share of the target, the forecast beyond it, and a mark where the period stands today. */
function ProgressWithMarker({ target }: { target: Target }) {
  const { t } = useTranslation();
  const tf = useTargetFormat();
  const { progress } = target;
  const elapsed = Math.min(Math.max(progress.elapsedPercent, 0), 100);
  const done = Math.min(progress.percent, 100);
  // The forecast, lighter, beyond what is done: where the line leads by the deadline.
  const ahead = progress.forecast !== null ? Math.max(Math.min((progress.forecast * 100) / target.value, 100) - done, 0) : 0;
  const elapsedLabel = t('target.elapsed', { percent: tf.number(progress.elapsedPercent) });
  return (
    <Box pos="relative" py={4}>
      <Progress.Root size={14} radius="sm">
        <Progress.Section value={done} color={statusColors[progress.status]} aria-label={t('target.progressLabel', { title: target.title })} />
        {ahead > 0 ? <Progress.Section value={ahead} color={`${statusColors[progress.status]}.2`} data-testid="target-forecast-section" /> : null}
      </Progress.Root>
      <Tooltip label={elapsedLabel} withArrow>
        <Box
          data-testid="target-elapsed-marker"
          aria-label={elapsedLabel}
          role="img"
          pos="absolute"
          top={0}
          bottom={0}
          w={3}
          bg="dark.6"
          style={{ left: `calc(${elapsed}% - 1.5px)`, borderRadius: 2 }}
        />
      </Tooltip>
    </Box>
  );
}
