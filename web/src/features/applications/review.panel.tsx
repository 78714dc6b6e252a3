import { Alert, Button, Card, Checkbox, Divider, Grid, Group, Modal, Select, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { ConflictAlert } from '../../components/conflict.alert';
import { MailIcon } from '../../components/icons';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { SectionTitle } from '../../components/section-title';
import type { Application } from './application.queries';
import { josaRo, ReviewHistory } from './review.history';
import { historyQuery, ifMatchOf, settableReviewStatuses, supplementsQuery, type ReviewStatus, type SettableReviewStatus } from './review.queries';
import { ReviewStatusBadge } from './review.status';
import { SupplementList } from './supplement.list';
import { SupplementRequestModal } from './supplement.request.modal';

type Props = {
  app: Application;
  /** Loads the application again (its version moves on with every review action). */
  refresh: () => Promise<Application>;
  onChanged: (app: Application) => void;
};

const settable = (status: ReviewStatus | null): SettableReviewStatus | null => settableReviewStatuses.find((s) => s === status) ?? null;

/**
 * The review of a submitted application for the call's staff: its 심사 상태 and the change of it
 * (mailed to the applicant unless unticked), 보완 요청 and their answers, and the history.
 */
export function ReviewPanel({ app, refresh, onChanged }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const supplements = useQuery(supplementsQuery(app.id));
  const [requesting, requestModal] = useDisclosure(false);
  const open = supplements.data?.find((s) => s.status === 'open');
  const withdrawn = app.status === 'withdrawn';

  const afterAction = async () => {
    await Promise.all([queryClient.invalidateQueries(supplementsQuery(app.id)), queryClient.invalidateQueries(historyQuery(app.id)), queryClient.invalidateQueries({ queryKey: ['calls', app.callId, 'applications'] })]);
  };
  // A new version (an answer, a change in another tab, loaded after a conflict) may bring new requests and history.
  const seenVersion = useRef(app.version);
  useEffect(() => {
    if (seenVersion.current === app.version) return;
    seenVersion.current = app.version;
    void afterAction();
  }, [app.version]);

  return (
    <Grid gap="lg" data-testid="review-panel">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <Card>
            <SectionTitle
              right={
                withdrawn ? null : (
                  <Tooltip label={t('supplement.request.alreadyOpen')} disabled={!open} withArrow>
                    <Button variant="light" color="orange" size="xs" leftSection={<MailIcon size={14} />} onClick={requestModal.open} disabled={!!open || supplements.isPending} data-testid="supplement-request-open">
                      {t('supplement.request.button')}
                    </Button>
                  </Tooltip>
                )
              }
            >
              {t('review.title')}
            </SectionTitle>
            <Group gap="sm" mb="md">
              <Text size="sm" c="dimmed">
                {t('review.current')}
              </Text>
              <ReviewStatusBadge status={app.reviewStatus} size="lg" />
            </Group>
            {withdrawn ? (
              <Text size="sm" c="dimmed">
                {t('review.withdrawnNoChange')}
              </Text>
            ) : (
              <>
                <Divider mb="md" />
                <StatusChange
                  app={app}
                  openSupplement={!!open}
                  refresh={refresh}
                  onChanged={onChanged}
                />
              </>
            )}
          </Card>
          <Card data-testid="supplements">
            <SectionTitle>{t('supplement.listTitle')}</SectionTitle>
            {supplements.data?.length ? (
              <SupplementList applicationId={app.id} supplements={supplements.data} />
            ) : (
              <Text size="sm" c="dimmed">
                {supplements.isError ? t('common.tryAgainLater') : t('supplement.none')}
              </Text>
            )}
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ReviewHistory applicationId={app.id} />
      </Grid.Col>
      <SupplementRequestModal
        opened={requesting}
        onClose={requestModal.close}
        applicationId={app.id}
        organizationName={app.organizationName}
        onRequested={() => void refresh()}
      />
    </Grid>
  );
}

type ChangeValues = { status: SettableReviewStatus | null; message: string; notify: boolean };

function StatusChange({ app, openSupplement, refresh, onChanged }: { app: Application; openSupplement: boolean; refresh: () => Promise<Application>; onChanged: (app: Application) => void }) {
  const { t } = useTranslation();
  const [confirming, confirm] = useDisclosure(false);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ChangeValues>({ initialValues: { status: settable(app.reviewStatus), message: '', notify: true } });
  const { status, message, notify } = form.values;
  const label = (s: ReviewStatus | null) => (s ? t(`reviewStatus.${s}`) : '');
  // A 보완 요청 or another person's change moves the status on: the select starts from it again.
  useEffect(() => form.setFieldValue('status', settable(app.reviewStatus)), [app.reviewStatus]);

  const change = useMutation({
    mutationFn: (v: ChangeValues) =>
      unwrap(
        api.PUT('/api/v1/applications/{id}/review-status', {
          params: { path: { id: app.id }, header: { 'if-match': ifMatchOf(app) } },
          body: { status: v.status!, notify: v.notify, ...(v.message.trim() ? { message: v.message.trim() } : {}) },
        }),
      ),
    onSuccess: (latest) => {
      const to = label(latest.reviewStatus);
      notifications.show({ color: 'teal', message: t(notify ? 'review.changedMailed' : 'review.changed', { status: to, ro: josaRo(to) }) });
      form.setValues({ status: settable(latest.reviewStatus), message: '', notify: true });
      confirm.close();
      onChanged(latest);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') {
        setConflict(true);
        confirm.close();
      }
    },
  });

  const reload = async () => {
    const latest = await refresh();
    form.setFieldValue('status', settable(latest.reviewStatus));
    setConflict(false);
    change.reset();
  };

  const unchanged = !status || status === app.reviewStatus;
  const problem = change.error && !conflict ? problemMessage(change.error, t('common.tryAgainLater')) : null;
  const from = label(app.reviewStatus);
  const to = status ? label(status) : '';

  return (
    <form
      onSubmit={form.onSubmit(() => {
        change.reset();
        confirm.open();
      })}
      data-testid="review-status-form"
    >
      <Stack gap="sm">
        {conflict ? <ConflictAlert title={t('review.conflictTitle')} message={t('review.conflict')} reloadLabel={t('review.reload')} onReload={() => void reload()} testId="review-conflict" /> : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('review.newStatus')}
              data={settableReviewStatuses.map((s) => ({ value: s, label: label(s) }))}
              placeholder={t('review.choose')}
              allowDeselect={false}
              data-testid="review-status-select"
              {...form.getInputProps('status')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Textarea label={t('review.message')} placeholder={t('review.messagePlaceholder')} autosize minRows={1} maxRows={6} maxLength={2000} {...form.getInputProps('message')} />
          </Grid.Col>
        </Grid>
        <Group justify="space-between" wrap="wrap">
          <Checkbox label={t('review.notify')} {...form.getInputProps('notify', { type: 'checkbox' })} data-testid="review-notify" />
          <Button type="submit" disabled={unchanged || conflict} data-testid="review-status-change">
            {t('review.change')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title={t('review.confirmTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('review.confirm', { organization: app.organizationName, from, to, ro: josaRo(to) })}</Text>
          {message.trim() ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}>
              {message.trim()}
            </Text>
          ) : null}
          <Text size="sm" c={notify ? undefined : 'orange'}>
            {notify ? t('review.confirmMail') : t('review.confirmNoMail')}
          </Text>
          {openSupplement ? (
            <Alert color="orange" variant="light">
              {t('review.confirmCancelsSupplement')}
            </Alert>
          ) : null}
          <ProblemAlert>{problem}</ProblemAlert>
          <ModalActions onCancel={confirm.close}>
            <Button loading={change.isPending} onClick={() => change.mutate(form.getValues())} data-testid="review-status-confirm">
              {t('review.confirmDo')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
    </form>
  );
}
