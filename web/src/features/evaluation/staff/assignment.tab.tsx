import { Alert, Badge, Button, Card, Grid, Group, List, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { problemMessage } from '../../../api/form-errors';
import { LockIcon } from '../../../components/icons';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import { ConfirmPopover } from '../../forms/form-confirm.popover';
import type { Round } from '../round.codes';
import { ConstraintsCard } from './constraints.card';
import { applicationLabel, type AssignmentRun, type AssignmentRunSummary } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { roundKey, runQuery, runsQuery } from './staff.queries';

type Objective = AssignmentRun['objective'];
const statusColor: Record<AssignmentRun['status'], string> = { optimal: 'teal', feasible: 'blue', infeasible: 'red' };

/** 배정: run the solver (total affinity or fairness first), read a run, apply it; earlier runs; pins and forbids for the next runs. */
export function AssignmentTab({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const runs = useQuery(runsQuery(round.id));
  const [objective, setObjective] = useState<Objective>('total');
  const [selected, setSelected] = useState<string | null>(null);
  // The newest run is shown until the user picks another.
  const shown = selected ?? runs.data?.[0]?.id ?? null;
  const open = round.status !== 'closed';

  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/rounds/{id}/assignment-runs', { params: { path: { id: round.id } }, body: { objective } })),
    onSuccess: (r) => {
      queryClient.setQueryData(runQuery(round.id, r.id).queryKey, r);
      setSelected(r.id);
      void queryClient.invalidateQueries({ queryKey: runsQuery(round.id).queryKey });
      // Detection runs first: new conflicts show on their tab.
      void queryClient.invalidateQueries({ queryKey: [...roundKey(round.id), 'conflicts'] });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
  });

  return (
    <Stack gap="lg">
      <Card data-testid="assignment-run-card">
        <SectionTitle>{t('evaluation.staff.assignment.title')}</SectionTitle>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.assignment.lead', { k: round.judgesPerApplication })}
          </Text>
          <Group align="flex-end" gap="md" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="assignment-objective-label">
                {t('evaluation.staff.assignment.objective')}
              </Text>
              <SegmentedControl
                aria-labelledby="assignment-objective-label"
                value={objective}
                onChange={(v) => setObjective(v as Objective)}
                data={(['total', 'fair'] as const).map((o) => ({ value: o, label: t(`evaluation.staff.assignment.objectives.${o}`) }))}
                data-testid="assignment-objective"
              />
            </Stack>
            {canWrite ? (
              <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!open} data-testid="assignment-run">
                {t('evaluation.staff.assignment.run')}
              </Button>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t(`evaluation.staff.assignment.objectiveHints.${objective}`)}
          </Text>
          {!open ? (
            <Text size="xs" c="dimmed">
              {t('evaluation.staff.assignment.closed')}
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Card padding="sm" data-testid="assignment-runs">
            <Text size="sm" fw={600} mb="xs" px={4}>
              {t('evaluation.staff.assignment.runs')}
            </Text>
            <Loading query={runs}>
              {(items) =>
                items.length === 0 ? (
                  <Text size="sm" c="dimmed" px={4}>
                    {t('evaluation.staff.assignment.noRuns')}
                  </Text>
                ) : (
                  <Stack gap={4}>
                    {items.map((r) => (
                      <RunItem key={r.id} run={r} active={r.id === shown} onClick={() => setSelected(r.id)} />
                    ))}
                  </Stack>
                )
              }
            </Loading>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 9 }}>{shown ? <RunView round={round} runId={shown} canWrite={canWrite && open} /> : null}</Grid.Col>
      </Grid>
      <ConstraintsCard round={round} canWrite={canWrite && open} />
    </Stack>
  );
}

function RunItem({ run, active, onClick }: { run: AssignmentRunSummary; active: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <UnstyledButton
      onClick={onClick}
      p={8}
      aria-pressed={active}
      data-testid="assignment-run-item"
      style={{ borderRadius: 6, background: active ? 'var(--mantine-color-brand-0)' : undefined, border: `1px solid ${active ? 'var(--mantine-color-brand-3)' : 'var(--mantine-color-gray-2)'}` }}
    >
      <Group justify="space-between" gap={6} wrap="nowrap">
        <Text size="xs" fw={600}>
          {f.dateTime(run.createdAt)}
        </Text>
        {run.appliedAt ? (
          <StatusBadge size="xs" color="teal" variant="filled">
            {t('evaluation.staff.assignment.applied')}
          </StatusBadge>
        ) : null}
      </Group>
      <Group gap={6} mt={4}>
        <StatusBadge size="xs" color={statusColor[run.status]}>
          {t(`evaluation.staff.assignment.status.${run.status}`)}
        </StatusBadge>
        <Text size="xs" c="dimmed">
          {t(`evaluation.staff.assignment.objectives.${run.objective}`)}
        </Text>
      </Group>
      {run.createdBy ? (
        <Text size="xs" c="dimmed" mt={2}>
          {run.createdBy}
        </Text>
      ) : null}
    </UnstyledButton>
  );
}

/** A reason names applications and judges by id; staff read them by receipt number and name. */
function reasonText(reason: AssignmentRun['reasons'][number], lang: string) {
  let text = lang === 'en' ? reason.message.en : reason.message.ko;
  for (const a of reason.applications) text = text.split(a.applicationId).join(applicationLabel(a));
  for (const j of reason.judges) text = text.split(j.personId).join(j.name);
  return text;
}

function RunView({ round, runId, canWrite }: { round: Round; runId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const query = useQuery(runQuery(round.id, runId));
  const [applied, setApplied] = useState<{ added: number; removed: number; kept: number; skippedForConflict: number } | null>(null);
  useEffect(() => setApplied(null), [runId]);
  const apply = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/assignment-runs/{id}/apply', { params: { path: { id: runId } } })),
    onSuccess: (r) => {
      setApplied(r);
      queryClient.setQueryData(runQuery(round.id, runId).queryKey, r.run);
      notifications.show({ color: 'teal', message: t('evaluation.staff.assignment.appliedNotice', { added: r.added, removed: r.removed, kept: r.kept }) });
      void queryClient.invalidateQueries({ queryKey: roundKey(round.id), predicate: (q) => q.queryKey[2] !== 'run' });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
  });

  return (
    <Card data-testid="assignment-run-view">
      <Loading query={query}>
        {(run) => {
          const feasible = run.status !== 'infeasible';
          return (
            <Stack gap="md">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <StatusBadge size="md" color={statusColor[run.status]} data-testid="run-status">
                      {t(`evaluation.staff.assignment.status.${run.status}`)}
                    </StatusBadge>
                    <Text size="sm" fw={600}>
                      {t(`evaluation.staff.assignment.objectives.${run.objective}`)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('evaluation.staff.assignment.runAt', { date: f.dateTime(run.createdAt) })}
                    {run.appliedAt ? ` · ${t('evaluation.staff.assignment.appliedAt', { date: f.dateTime(run.appliedAt) })}` : ''}
                  </Text>
                </Stack>
                {canWrite && feasible && !run.appliedAt ? (
                  <ConfirmPopover
                    question={t('evaluation.staff.assignment.applyQuestion')}
                    confirmLabel={t('evaluation.staff.assignment.applyConfirm')}
                    onConfirm={() => apply.mutate()}
                    position="bottom-end"
                    width={340}
                    target={(toggle) => (
                      <Button onClick={toggle} loading={apply.isPending} data-testid="assignment-apply">
                        {t('evaluation.staff.assignment.apply')}
                      </Button>
                    )}
                  />
                ) : null}
              </Group>
              {applied ? (
                <Alert color="teal" variant="light" data-testid="assignment-applied">
                  {t('evaluation.staff.assignment.appliedSummary', { added: applied.added, removed: applied.removed, kept: applied.kept })}
                  {applied.skippedForConflict ? ` ${t('evaluation.staff.assignment.skippedForConflict', { count: applied.skippedForConflict })}` : ''}
                </Alert>
              ) : null}
              <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
                <Figure label={t('evaluation.staff.assignment.totalAffinity')} value={run.totalAffinity === null ? '—' : f.number(run.totalAffinity)} testId="run-total" />
                <Figure label={t('evaluation.staff.assignment.minAffinity')} value={run.minApplicationAffinity === null ? '—' : f.number(run.minApplicationAffinity)} testId="run-min" />
                <Figure label={t('evaluation.staff.assignment.fixedPairs')} value={f.number(run.fixedPairs)} />
                <Figure label={t('evaluation.staff.assignment.excluded')} value={f.number(run.conflicts)} testId="run-excluded" />
                <Figure label={t('evaluation.staff.assignment.defaultMaxLoad')} value={f.number(run.defaultMaxLoad)} />
              </SimpleGrid>
              {run.status === 'feasible' && run.bounds ? (
                <Text size="xs" c="dimmed">
                  {t('evaluation.staff.assignment.bounds', { min: f.number(run.bounds.minApplicationAffinity), total: f.number(run.bounds.totalAffinity) })}
                </Text>
              ) : null}
              {run.droppedPins.length ? (
                <Alert color="orange" variant="light" title={t('evaluation.staff.assignment.droppedPins')}>
                  <List size="sm">
                    {run.droppedPins.map((p) => (
                      <List.Item key={`${p.personId}-${p.applicationId}`}>
                        {p.name} — {applicationLabel(p)}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
              {!feasible ? (
                <Alert color="red" variant="light" title={t('evaluation.staff.assignment.infeasibleTitle')} data-testid="run-reasons">
                  <Stack gap={6}>
                    <Text size="sm">{t('evaluation.staff.assignment.infeasibleLead')}</Text>
                    <List size="sm" spacing={4}>
                      {run.reasons.map((r, i) => (
                        <List.Item key={i}>{reasonText(r, f.lang)}</List.Item>
                      ))}
                    </List>
                  </Stack>
                </Alert>
              ) : (
                <>
                  <ApplicationsTable run={run} k={round.judgesPerApplication} />
                  <LoadsTable run={run} />
                </>
              )}
            </Stack>
          );
        }}
      </Loading>
    </Card>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder padding="xs" radius="sm" shadow="none">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

function ApplicationsTable({ run, k }: { run: AssignmentRun; k: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('evaluation.staff.assignment.byApplication')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} striped="even" data-testid="run-applications">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.staff.application')}</Table.Th>
              <Table.Th>{t('evaluation.staff.assignment.judgesAssigned')}</Table.Th>
              <Table.Th ta="right">{t('evaluation.staff.assignment.affinity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.applications.map((a) => (
              <Table.Tr key={a.applicationId} data-testid="run-application">
                <Table.Td>
                  <Text size="sm">{applicationLabel(a)}</Text>
                  {a.judges.length < k ? (
                    <Text size="xs" c="red">
                      {t('evaluation.staff.assignment.short', { count: a.judges.length, k })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {a.judges.map((j) => (
                      <Tooltip key={j.personId} label={j.fixed ? t('evaluation.staff.assignment.fixedHint') : t('evaluation.staff.assignment.affinityOf', { value: f.number(j.affinity) })} withArrow>
                        <Badge
                          radius="sm"
                          variant={j.fixed ? 'filled' : 'light'}
                          color={j.fixed ? 'indigo' : 'gray'}
                          leftSection={j.fixed ? <LockIcon size={11} /> : undefined}
                          styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
                          data-fixed={j.fixed ? 'true' : 'false'}
                        >
                          {j.name} · {f.number(j.affinity)}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {f.number(a.affinity)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {run.fixedPairs ? (
        <Group gap={6}>
          <Badge size="xs" radius="sm" variant="filled" color="indigo" leftSection={<LockIcon size={10} />}>
            {t('evaluation.staff.assignment.fixed')}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('evaluation.staff.assignment.fixedHint')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

function LoadsTable({ run }: { run: AssignmentRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('evaluation.staff.assignment.loads')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" data-testid="run-loads">
        {run.judges.map((j) => (
          <div key={j.personId} data-testid="run-load">
            <Group justify="space-between" gap={4}>
              <Text size="sm">{j.name}</Text>
              <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('evaluation.staff.assignment.loadOf', { load: f.number(j.load), max: f.number(j.maxLoad) })}
              </Text>
            </Group>
            <Progress value={j.maxLoad ? (100 * j.load) / j.maxLoad : 0} size="sm" color={j.load >= j.maxLoad ? 'orange' : 'brand'} aria-label={j.name} />
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
