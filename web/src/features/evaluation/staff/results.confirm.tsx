import { Alert, Button, Card, Group, Modal, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { problemMessage } from '../../../api/form-errors';
import { ModalActions } from '../../../components/modal-actions';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import { ifMatchOf, type Round } from '../round.codes';
import { useDecisionLabel } from './ranking.table';
import { decisions as decisionKinds, type Decision } from './staff.codes';
import { roundKey } from './staff.queries';

type Row = { applicationId: string; decision: Decision; proposed: Decision };

/** Why a confirmation was refused with 409, in words, and whether reloading helps. */
function refusalOf(error: unknown): { code: 'confirmed' | 'notClosed' | 'stale' | 'other'; detail: string | null } {
  if (!(error instanceof ApiError) || error.status !== 409) return { code: 'other', detail: null };
  if (error.code === 'resultsConfirmed') return { code: 'confirmed', detail: null };
  if (error.code === 'roundNotClosed') return { code: 'notClosed', detail: error.problem?.detail ?? null };
  return { code: 'stale', detail: null };
}

/**
 * 결과 확정: the decisions of the table (pre-filled from the proposal), the appeal window and
 * whether to mail applicants, confirmed once after a dialog, with If-Match on the round's version.
 */
export function ConfirmCard({ round, canWrite, last, decisions }: { round: Round; canWrite: boolean; last: boolean; decisions: Row[] | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const decisionLabel = useDecisionLabel(last);
  const [appealDays, setAppealDays] = useState<number | string>(7);
  const [notify, setNotify] = useState(true);
  const [asking, setAsking] = useState(false);
  const confirm = useMutation({
    mutationFn: (rows: Row[]) =>
      unwrap(
        api.POST('/api/v1/rounds/{id}/results', {
          params: { path: { id: round.id }, header: { 'if-match': ifMatchOf(round) } },
          body: { decisions: rows.map((r) => ({ applicationId: r.applicationId, decision: r.decision })), appealDays: Number(appealDays === '' ? 7 : appealDays), notify },
        }),
      ),
    onSuccess: (r) => {
      setAsking(false);
      notifications.show({ color: 'teal', message: t('evaluation.staff.confirm.done', { advance: r.advance, reserve: r.reserve, rejected: r.rejected }) });
      void queryClient.invalidateQueries({ queryKey: roundKey(round.id) });
      void queryClient.invalidateQueries({ queryKey: ['calls', round.callId, 'rounds'] });
    },
  });
  const [reloading, setReloading] = useState(false);
  // The dialog closes once the round (its version, its confirmation) and the ranking are current again.
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: roundKey(round.id) });
    } finally {
      setReloading(false);
      confirm.reset();
      setAsking(false);
    }
  };

  if (!canWrite) return null;
  if (round.status !== 'closed')
    return (
      <Alert color="blue" variant="light" data-testid="confirm-not-closed">
        {t('evaluation.staff.confirm.notClosed', { date: f.dateTime(round.scoringClosesAt) })}
      </Alert>
    );
  if (!decisions)
    return (
      <Alert color="orange" variant="light" data-testid="confirm-refused">
        {t('evaluation.staff.confirm.needsRanking')}
      </Alert>
    );

  const count = (d: Decision) => decisions.filter((r) => r.decision === d).length;
  const changed = decisions.filter((r) => r.decision !== r.proposed).length;
  const refusal = confirm.error ? refusalOf(confirm.error) : null;
  const summary = decisionKinds.map((d) => t('evaluation.staff.confirm.countOf', { label: decisionLabel(d), count: count(d) })).join(' · ');

  return (
    <Card data-testid="results-confirm">
      <SectionTitle>{t('evaluation.staff.confirm.title')}</SectionTitle>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('evaluation.staff.confirm.lead')}
        </Text>
        <Text size="sm" fw={600} data-testid="confirm-summary">
          {summary}
        </Text>
        {changed ? (
          <Text size="sm" c="orange.8">
            {t('evaluation.staff.confirm.changed', { count: changed })}
          </Text>
        ) : null}
        <Group align="flex-end" gap="lg">
          <NumberInput
            label={t('evaluation.staff.confirm.appealDays')}
            description={t('evaluation.staff.confirm.appealDaysHint')}
            min={0}
            max={60}
            allowDecimal={false}
            w={220}
            value={appealDays}
            onChange={setAppealDays}
            data-testid="confirm-appeal-days"
          />
          <Switch label={t('evaluation.staff.confirm.notify')} checked={notify} onChange={(e) => setNotify(e.currentTarget.checked)} data-testid="confirm-notify" mb={6} />
        </Group>
        <Group justify="flex-end">
          <Button
            onClick={() => {
              confirm.reset();
              setAsking(true);
            }}
            data-testid="confirm-open"
          >
            {t('evaluation.staff.confirm.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('evaluation.staff.confirm.dialogTitle', { round: round.name })}>
        <Stack gap="md">
          {refusal ? (
            <Alert color={refusal.code === 'other' ? 'red' : 'orange'} role="alert" data-testid="confirm-error" title={refusal.code === 'other' ? undefined : t(`evaluation.staff.confirm.refused.${refusal.code}`)}>
              <Stack gap="xs" align="flex-start">
                {refusal.code === 'other' ? problemMessage(confirm.error, t('common.tryAgainLater')) : (refusal.detail ?? t(`evaluation.staff.confirm.refusedHint.${refusal.code}`))}
                {refusal.code === 'confirmed' || refusal.code === 'stale' ? (
                  <Button size="xs" variant="white" color="orange" loading={reloading} onClick={() => void reload()} data-testid="confirm-reload">
                    {t('round.reloadLatest')}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <Text size="sm">{t('evaluation.staff.confirm.question', { count: decisions.length })}</Text>
          <Text size="sm" fw={600}>
            {summary}
          </Text>
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.confirm.effects', { days: Number(appealDays === '' ? 7 : appealDays) })}
            {' '}
            {notify ? t('evaluation.staff.confirm.willNotify') : t('evaluation.staff.confirm.willNotNotify')}
          </Text>
          <ModalActions onCancel={() => setAsking(false)}>
            <Button color="red" loading={confirm.isPending} disabled={refusal !== null && refusal.code !== 'other'} onClick={() => confirm.mutate(decisions)} data-testid="confirm-yes">
              {t('evaluation.staff.confirm.yes')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
    </Card>
  );
}
