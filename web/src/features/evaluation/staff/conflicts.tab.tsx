import { Button, Card, Group, Modal, Stack, Switch, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { PlusIcon } from '../../../components/icons';
import { ModalActions } from '../../../components/modal-actions';
import { ProblemAlert } from '../../../components/problem.alert';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { applicationLabel, type Conflict } from './staff.codes';
import { ApplicationPicker, JudgePicker, Loading, StatusBadge } from './staff.parts';
import { conflictsQuery, roundKey } from './staff.queries';

const sourceColor: Record<Conflict['source'], string> = { affiliation: 'red', pastAffiliation: 'orange', teamMember: 'red', relation: 'grape', declared: 'blue', staff: 'indigo' };

/** 이해충돌: conflicts detected from profiles and memberships, declared by judges or added by staff; staff re-run detection, add and lift them. */
export function ConflictsTab({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(conflictsQuery(round.id));
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<Conflict | null>(null);
  const [showLifted, setShowLifted] = useState(true);
  const detect = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/rounds/{id}/conflicts/detect', { params: { path: { id: round.id } } })),
    onSuccess: (r) => notifications.show({ color: r.added ? 'orange' : 'teal', message: t('evaluation.staff.conflicts.detected', { count: r.added, total: r.total }) }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roundKey(round.id) }),
  });

  return (
    <Card data-testid="round-conflicts">
      <SectionTitle
        right={
          canWrite ? (
            <Group gap="xs">
              <Button size="xs" variant="default" loading={detect.isPending} onClick={() => detect.mutate()} data-testid="conflicts-detect">
                {t('evaluation.staff.conflicts.detect')}
              </Button>
              <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => setAdding(true)} data-testid="conflict-add-open">
                {t('evaluation.staff.conflicts.add')}
              </Button>
            </Group>
          ) : null
        }
      >
        {t('evaluation.staff.conflicts.title')}
      </SectionTitle>
      <Text size="xs" c="dimmed" mb="sm">
        {t('evaluation.staff.conflicts.lead', { years: round.conflictYears })}
      </Text>
      <Loading query={query}>
        {(all) => {
          const active = all.filter((c) => !c.liftedAt).length;
          const shown = showLifted ? all : all.filter((c) => !c.liftedAt);
          return (
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" fw={600} data-testid="conflicts-count">
                  {t('evaluation.staff.conflicts.count', { active, lifted: all.length - active })}
                </Text>
                <Switch size="xs" label={t('evaluation.staff.conflicts.showLifted')} checked={showLifted} onChange={(e) => setShowLifted(e.currentTarget.checked)} />
              </Group>
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="conflicts-empty">
                  {t('evaluation.staff.conflicts.none')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={980}>
                  <Table verticalSpacing="sm" data-testid="conflicts-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('evaluation.staff.conflicts.judge')}</Table.Th>
                        <Table.Th>{t('evaluation.staff.conflicts.application')}</Table.Th>
                        <Table.Th>{t('evaluation.staff.conflicts.source')}</Table.Th>
                        <Table.Th>{t('evaluation.staff.conflicts.detail')}</Table.Th>
                        <Table.Th>{t('evaluation.staff.conflicts.state')}</Table.Th>
                        <Table.Th w={90} />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shown.map((c) => (
                        <ConflictRow key={c.id} conflict={c} canWrite={canWrite} onLift={() => setLifting(c)} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          );
        }}
      </Loading>
      <AddModal round={round} opened={adding} onClose={() => setAdding(false)} />
      <LiftModal round={round} conflict={lifting} onClose={() => setLifting(null)} />
    </Card>
  );
}

function ConflictRow({ conflict: c, canWrite, onLift }: { conflict: Conflict; canWrite: boolean; onLift: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table.Tr data-testid="conflict-row" data-source={c.source} data-lifted={c.liftedAt ? 'true' : 'false'} style={c.liftedAt ? { opacity: 0.65 } : undefined}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {c.judgeName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{applicationLabel(c)}</Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge color={sourceColor[c.source]} data-testid="conflict-source">
          {t(`evaluation.staff.conflictSource.${c.source}`)}
        </StatusBadge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {c.detail}
        </Text>
        <Text size="xs" c="dimmed">
          {c.createdByName ? t('evaluation.staff.conflicts.addedBy', { name: c.createdByName, date: f.dateTime(c.createdAt) }) : t('evaluation.staff.conflicts.detectedAt', { date: f.dateTime(c.createdAt) })}
        </Text>
      </Table.Td>
      <Table.Td>
        {c.liftedAt ? (
          <>
            <StatusBadge color="gray">{t('evaluation.staff.conflicts.lifted')}</StatusBadge>
            <Text size="xs" c="dimmed" mt={2}>
              {t('evaluation.staff.conflicts.liftedBy', { name: c.liftedByName ?? '—', date: f.dateTime(c.liftedAt) })}
            </Text>
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {c.liftReason}
            </Text>
          </>
        ) : (
          <StatusBadge color="orange" variant="outline">
            {t('evaluation.staff.conflicts.active')}
          </StatusBadge>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {canWrite && !c.liftedAt ? (
          <Button size="compact-xs" variant="subtle" onClick={onLift} aria-label={t('evaluation.staff.conflicts.liftAria', { judge: c.judgeName, organization: c.organizationName })}>
            {t('evaluation.staff.conflicts.lift')}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

type AddValues = { personId: string | null; applicationId: string | null; reason: string };

function AddModal({ round, opened, onClose }: { round: Round; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<AddValues>({
    initialValues: { personId: null, applicationId: null, reason: '' },
    validate: {
      personId: (v) => (v ? null : t('validation.required')),
      applicationId: (v) => (v ? null : t('validation.required')),
      reason: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const add = useMutation({
    mutationFn: (v: AddValues) => unwrap(api.POST('/api/v1/rounds/{id}/conflicts', { params: { path: { id: round.id } }, body: { personId: v.personId!, applicationId: v.applicationId!, reason: v.reason.trim() } })),
    onSuccess: (c) => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.conflicts.added', { judge: c.judgeName, organization: c.organizationName }) });
      void queryClient.invalidateQueries({ queryKey: roundKey(round.id) });
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  useEffect(() => {
    if (opened) {
      form.setValues({ personId: null, applicationId: null, reason: '' });
      form.clearErrors();
      add.reset();
    }
  }, [opened]);
  const general = add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? problemMessage(add.error, t('common.tryAgainLater')) : null;
  return (
    <Modal opened={opened} onClose={onClose} title={t('evaluation.staff.conflicts.addTitle')} size="lg">
      <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.conflicts.addLead')}
          </Text>
          <ProblemAlert>{general}</ProblemAlert>
          <JudgePicker roundId={round.id} label={t('evaluation.staff.conflicts.judge')} required {...form.getInputProps('personId')} />
          <ApplicationPicker roundId={round.id} label={t('evaluation.staff.conflicts.application')} required {...form.getInputProps('applicationId')} />
          <Textarea label={t('evaluation.staff.conflicts.reason')} required autosize minRows={2} {...form.getInputProps('reason')} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={add.isPending} data-testid="conflict-add-save">
              {t('evaluation.staff.conflicts.addSave')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function LiftModal({ round, conflict, onClose }: { round: Round; conflict: Conflict | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ reason: string }>({ initialValues: { reason: '' }, validate: { reason: (v) => (v.trim() ? null : t('validation.required')) } });
  const lift = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/conflicts/{id}/lift', { params: { path: { id: conflict!.id } }, body: { reason } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.conflicts.liftDone') });
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roundKey(round.id) }),
  });
  useEffect(() => {
    if (conflict) {
      form.setValues({ reason: '' });
      form.clearErrors();
      lift.reset();
    }
  }, [conflict]);
  const general = lift.error && Object.keys(fieldErrorsOf(lift.error)).length === 0 ? problemMessage(lift.error, t('common.tryAgainLater')) : null;
  return (
    <Modal opened={conflict !== null} onClose={onClose} title={t('evaluation.staff.conflicts.liftTitle')}>
      <form onSubmit={form.onSubmit((v) => lift.mutate(v.reason.trim()))} noValidate>
        <Stack gap="md">
          <Text size="sm">{conflict ? t('evaluation.staff.conflicts.liftLead', { judge: conflict.judgeName, organization: conflict.organizationName }) : null}</Text>
          <ProblemAlert>{general}</ProblemAlert>
          <Textarea label={t('evaluation.staff.conflicts.liftReason')} required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" color="orange" loading={lift.isPending} data-testid="conflict-lift-save">
              {t('evaluation.staff.conflicts.lift')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
