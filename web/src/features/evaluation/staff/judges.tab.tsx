import { ActionIcon, Button, Card, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ConflictAlert } from '../../../components/conflict.alert';
import { EditIcon, MailIcon, PlusIcon, TrashIcon } from '../../../components/icons';
import { ModalActions } from '../../../components/modal-actions';
import { ProblemAlert } from '../../../components/problem.alert';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { judgeStatusColor, type RoundJudge } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { roundJudgesQuery, roundKey } from './staff.queries';

/** 심사위원: who judges the round, their pledge and work; staff invite, resend, change loads and remove (해촉). */
export function JudgesTab({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(roundJudgesQuery(round.id));
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<RoundJudge | null>(null);
  const [removing, setRemoving] = useState<RoundJudge | null>(null);
  const open = round.status !== 'closed';

  return (
    <Card data-testid="round-judges">
      <SectionTitle
        right={
          canWrite && open ? (
            <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => setInviting(true)} data-testid="judge-invite-open">
              {t('evaluation.staff.judges.invite')}
            </Button>
          ) : null
        }
      >
        {t('evaluation.staff.judges.title')}
      </SectionTitle>
      <Loading query={query}>
        {(judges) =>
          judges.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="judges-empty">
              {t('evaluation.staff.judges.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={980}>
              <Table verticalSpacing="sm" data-testid="judges-table">
                <Table.Thead style={{ whiteSpace: 'nowrap' }}>
                  <Table.Tr>
                    <Table.Th>{t('evaluation.staff.judges.name')}</Table.Th>
                    <Table.Th miw={150}>{t('evaluation.staff.judges.affiliation')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.judges.status')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.judges.pledge')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.judges.sheets')}</Table.Th>
                    <Table.Th ta="right">{t('evaluation.staff.judges.conflicts')}</Table.Th>
                    <Table.Th>{t('evaluation.staff.judges.load')}</Table.Th>
                    <Table.Th w={1} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {judges.map((j) => (
                    <JudgeRow key={j.roundJudgeId} judge={j} canWrite={canWrite && open} onEdit={() => setEditing(j)} onRemove={() => setRemoving(j)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loading>
      <InviteModal round={round} opened={inviting} onClose={() => setInviting(false)} />
      <LoadModal round={round} judge={editing} onClose={() => setEditing(null)} />
      <RemoveModal round={round} judge={removing} onClose={() => setRemoving(null)} />
    </Card>
  );
}

function JudgeRow({ judge: j, canWrite, onEdit, onRemove }: { judge: RoundJudge; canWrite: boolean; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/round-judges/{id}/resend', { params: { path: { id: j.roundJudgeId } } })),
    onSuccess: () => notifications.show({ color: 'teal', message: t('evaluation.staff.judges.resent', { email: j.email }) }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roundKey(j.roundId) }),
  });
  const gone = j.status === 'removed' || j.status === 'declined';
  return (
    <Table.Tr data-testid="judge-row" data-email={j.email} data-status={j.status} style={gone ? { opacity: 0.6 } : undefined}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {j.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {j.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{j.affiliation ?? '—'}</Text>
        {j.position ? (
          <Text size="xs" c="dimmed">
            {j.position}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <StatusBadge color={judgeStatusColor[j.status]} data-testid="judge-status">
          {t(`evaluation.staff.judgeStatus.${j.status}`)}
        </StatusBadge>
        {j.status === 'invited' && j.invitationExpiresAt ? (
          <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'nowrap' }}>
            {t('evaluation.staff.judges.expires', { date: f.dateTime(j.invitationExpiresAt) })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {j.pledgeSignedAt ? (
          <Text size="sm">{f.dateTime(j.pledgeSignedAt)}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.judges.notSigned')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="judge-sheets">
        <Text size="sm">{t('evaluation.staff.judges.sheetsSubmitted', { submitted: j.sheets.submitted, total: j.sheets.assigned + j.sheets.draft + j.sheets.submitted })}</Text>
        <Text size="xs" c="dimmed">
          {t('evaluation.staff.judges.sheetsOpen', { assigned: j.sheets.assigned, draft: j.sheets.draft })}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={j.conflicts ? 'orange.8' : 'dimmed'} fw={j.conflicts ? 600 : undefined}>
          {f.number(j.conflicts)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="judge-load">
        <Text size="sm">{j.maxLoad === null ? (j.minLoad ? t('evaluation.staff.judges.loadAtLeast', { min: j.minLoad }) : t('evaluation.staff.judges.loadAuto')) : t('evaluation.staff.judges.loadRange', { min: j.minLoad, max: j.maxLoad })}</Text>
      </Table.Td>
      <Table.Td>
        {canWrite && !gone ? (
          <Group gap={2} wrap="nowrap" justify="flex-end">
            {j.status === 'invited' ? (
              <Tooltip label={t('evaluation.staff.judges.resend', { name: j.name })} withArrow>
                <ActionIcon variant="subtle" color="gray" aria-label={t('evaluation.staff.judges.resend', { name: j.name })} loading={resend.isPending} onClick={() => resend.mutate()}>
                  <MailIcon size={16} />
                </ActionIcon>
              </Tooltip>
            ) : null}
            <Tooltip label={t('evaluation.staff.judges.editLoad', { name: j.name })} withArrow>
              <ActionIcon variant="subtle" color="gray" aria-label={t('evaluation.staff.judges.editLoad', { name: j.name })} onClick={onEdit}>
                <EditIcon size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('evaluation.staff.judges.remove', { name: j.name })} withArrow>
              <ActionIcon variant="subtle" color="gray" aria-label={t('evaluation.staff.judges.remove', { name: j.name })} onClick={onRemove}>
                <TrashIcon size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

type InviteValues = { name: string; email: string; minLoad: number | string; maxLoad: number | string; message: string };
const emptyInvite: InviteValues = { name: '', email: '', minLoad: '', maxLoad: '', message: '' };
const loadOf = (v: number | string) => (v === '' ? null : Number(v));

function InviteModal({ round, opened, onClose }: { round: Round; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<InviteValues>({
    initialValues: emptyInvite,
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('evaluation.staff.judges.emailInvalid')),
      maxLoad: (v, values) => (v !== '' && values.minLoad !== '' && Number(v) < Number(values.minLoad) ? t('evaluation.staff.judges.maxBelowMin') : null),
    },
  });
  const invite = useMutation({
    mutationFn: (v: InviteValues) =>
      unwrap(
        api.POST('/api/v1/rounds/{id}/judges', {
          params: { path: { id: round.id } },
          body: { name: v.name.trim(), email: v.email.trim(), minLoad: loadOf(v.minLoad) ?? 0, maxLoad: loadOf(v.maxLoad), message: v.message.trim() },
        }),
      ),
    onSuccess: (judge) => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.judges.invited', { email: judge.email }) });
      void queryClient.invalidateQueries({ queryKey: roundKey(round.id) });
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  useEffect(() => {
    if (opened) {
      form.setValues(emptyInvite);
      form.clearErrors();
      invite.reset();
    }
  }, [opened]);
  const general = invite.error && Object.keys(fieldErrorsOf(invite.error)).length === 0 ? problemMessage(invite.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('evaluation.staff.judges.inviteTitle', { round: round.name })} size="lg">
      <form onSubmit={form.onSubmit((v) => invite.mutate(v))} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.judges.inviteLead')}
          </Text>
          <ProblemAlert>{general}</ProblemAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('evaluation.staff.judges.name')} required data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('evaluation.staff.judges.email')} type="email" required {...form.getInputProps('email')} />
            <NumberInput label={t('evaluation.staff.judges.minLoad')} min={0} max={10000} allowDecimal={false} placeholder="0" {...form.getInputProps('minLoad')} />
            <NumberInput
              label={t('evaluation.staff.judges.maxLoad')}
              description={t('evaluation.staff.judges.maxLoadHint')}
              min={0}
              max={10000}
              allowDecimal={false}
              {...form.getInputProps('maxLoad')}
            />
          </SimpleGrid>
          <Textarea label={t('evaluation.staff.judges.message')} autosize minRows={2} maxRows={6} {...form.getInputProps('message')} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={invite.isPending} leftSection={<MailIcon size={16} />} data-testid="judge-invite-send">
              {t('evaluation.staff.judges.send')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

/** The judge's load range, with If-Match on the version on screen; someone else's change first is a reload. */
function LoadModal({ round, judge, onClose }: { round: Round; judge: RoundJudge | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<RoundJudge | null>(judge);
  const [conflict, setConflict] = useState(false);
  const form = useForm<{ minLoad: number | string; maxLoad: number | string }>({
    initialValues: { minLoad: 0, maxLoad: '' },
    validate: { maxLoad: (v, values) => (v !== '' && Number(v) < Number(values.minLoad || 0) ? t('evaluation.staff.judges.maxBelowMin') : null) },
  });
  const start = (from: RoundJudge) => {
    setBase(from);
    form.setValues({ minLoad: from.minLoad, maxLoad: from.maxLoad ?? '' });
    form.clearErrors();
    setConflict(false);
    save.reset();
  };
  useEffect(() => {
    if (judge) start(judge);
  }, [judge]);
  const save = useMutation({
    mutationFn: (v: { minLoad: number | string; maxLoad: number | string }) =>
      unwrap(
        api.PATCH('/api/v1/round-judges/{id}', {
          params: { path: { id: base!.roundJudgeId }, header: { 'if-match': `"${base!.version}"` } },
          body: { minLoad: loadOf(v.minLoad) ?? 0, maxLoad: loadOf(v.maxLoad) },
        }),
      ),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.judges.loadSaved', { name: saved.name }) });
      void queryClient.invalidateQueries({ queryKey: roundKey(round.id) });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') setConflict(true);
      else form.setErrors(fieldErrorsOf(error));
    },
  });
  const reload = async () => {
    const judges = await queryClient.fetchQuery({ ...roundJudgesQuery(round.id), staleTime: 0 });
    const latest = judges.find((j) => j.roundJudgeId === base?.roundJudgeId);
    if (latest) start(latest);
    else onClose();
  };
  const general = save.error && !conflict && Object.keys(fieldErrorsOf(save.error)).length === 0 ? problemMessage(save.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={judge !== null} onClose={onClose} title={t('evaluation.staff.judges.loadTitle', { name: base?.name ?? '' })}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          {conflict ? (
            <ConflictAlert
              title={t('round.conflictTitle')}
              message={t('evaluation.staff.judges.loadConflict')}
              reloadLabel={t('round.reloadLatest')}
              onReload={() => void reload()}
              testId="judge-load-conflict"
            />
          ) : null}
          <ProblemAlert>{general}</ProblemAlert>
          <SimpleGrid cols={2}>
            <NumberInput label={t('evaluation.staff.judges.minLoad')} min={0} max={10000} allowDecimal={false} {...form.getInputProps('minLoad')} />
            <NumberInput label={t('evaluation.staff.judges.maxLoad')} description={t('evaluation.staff.judges.maxLoadHint')} min={0} max={10000} allowDecimal={false} {...form.getInputProps('maxLoad')} />
          </SimpleGrid>
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={save.isPending} disabled={conflict} data-testid="judge-load-save">
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function RemoveModal({ round, judge, onClose }: { round: Round; judge: RoundJudge | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (j: RoundJudge) => unwrap(api.DELETE('/api/v1/round-judges/{id}', { params: { path: { id: j.roundJudgeId } } })),
    onSuccess: (_, j) => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.judges.removed', { name: j.name }) });
      onClose();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roundKey(round.id) }),
  });
  useEffect(() => {
    if (judge) remove.reset();
  }, [judge]);
  const unsubmitted = judge ? judge.sheets.assigned + judge.sheets.draft : 0;
  return (
    <Modal opened={judge !== null} onClose={onClose} title={t('evaluation.staff.judges.removeTitle')}>
      <Stack gap="md">
        <ProblemAlert>{remove.error ? problemMessage(remove.error, t('common.tryAgainLater')) : null}</ProblemAlert>
        <Text size="sm">{t('evaluation.staff.judges.removeConfirm', { name: judge?.name ?? '' })}</Text>
        <Text size="sm" c="dimmed">
          {t('evaluation.staff.judges.removeEffect', { unsubmitted, submitted: judge?.sheets.submitted ?? 0 })}
        </Text>
        <ModalActions onCancel={onClose}>
          <Button color="red" loading={remove.isPending} onClick={() => judge && remove.mutate(judge)} data-testid="judge-remove-confirm">
            {t('evaluation.staff.judges.removeYes')}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
