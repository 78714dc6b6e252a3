import { Alert, Button, Divider, Drawer, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { fieldErrorsOf, problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { useFormat } from '../../../i18n/format';
import { applicationLabel, points, sheetStatusColor, type ProgressSheet, type ScoreSheet } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { roundKey, sheetQuery } from './staff.queries';

/** A score sheet read-only for staff: the scores and comments against the rubric, the application's answers; a submitted one may be reopened with a reason. */
export function SheetDrawer({ roundId, sheet, judgeName, canWrite, onClose }: { roundId: string; sheet: ProgressSheet | null; judgeName: string; canWrite: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={sheet !== null} onClose={onClose} position="right" size="xl" title={t('evaluation.staff.sheet.title', { name: judgeName })}>
      {sheet ? <SheetBody roundId={roundId} sheetId={sheet.id} canWrite={canWrite} /> : null}
    </Drawer>
  );
}

function SheetBody({ roundId, sheetId, canWrite }: { roundId: string; sheetId: string; canWrite: boolean }) {
  const query = useQuery(sheetQuery(roundId, sheetId));
  return <Loading query={query}>{(sheet) => <SheetView roundId={roundId} sheet={sheet} canWrite={canWrite} />}</Loading>;
}

/** An answer as text: lists joined, yes/no in words, files by name. */
function useAnswerText() {
  const { t } = useTranslation();
  return (answer: ScoreSheet['application']['answers'][number], files: ScoreSheet['application']['files']): string => {
    if (answer.hidden) return t('evaluation.staff.sheet.hiddenFile');
    const v = answer.value;
    if (v === null || v === undefined || v === '') return '—';
    if (answer.type === 'file') {
      const names = files.filter((file) => file.field === answer.key).map((file) => file.fileName);
      return names.length ? names.join(', ') : '—';
    }
    if (typeof v === 'boolean') return v ? t('evaluation.staff.sheet.yes') : t('evaluation.staff.sheet.no');
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
}

function SheetView({ roundId, sheet, canWrite }: { roundId: string; sheet: ScoreSheet; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const answerText = useAnswerText();
  const app = sheet.application;
  return (
    <Stack gap="md" data-testid="sheet-view">
      <Group gap="xs">
        <StatusBadge color={sheetStatusColor[sheet.status]} data-testid="sheet-status">
          {t(`evaluation.staff.sheetStatus.${sheet.status}`)}
        </StatusBadge>
        <Text size="sm" fw={600}>
          {app.organizationName ? applicationLabel({ receiptNumber: app.receiptNumber, organizationName: app.organizationName }) : t('evaluation.staff.sheet.code', { code: app.code })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {sheet.submittedAt ? t('evaluation.staff.sheet.submittedAt', { date: f.dateTime(sheet.submittedAt) }) : t('evaluation.staff.sheet.updatedAt', { date: f.dateTime(sheet.updatedAt) })}
      </Text>
      {sheet.reopenReason ? (
        <Alert color="blue" variant="light" title={t('evaluation.staff.sheet.reopenedTitle', { date: sheet.reopenedAt ? f.dateTime(sheet.reopenedAt) : '' })}>
          {sheet.reopenReason}
        </Alert>
      ) : null}
      <Table verticalSpacing={6} withTableBorder data-testid="sheet-scores">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('round.criterion.title')}</Table.Th>
            <Table.Th ta="right">{t('round.criterion.weight')}</Table.Th>
            <Table.Th ta="right">{t('evaluation.staff.sheet.score')}</Table.Th>
            <Table.Th>{t('evaluation.staff.sheet.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.round.criteria.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td ta="right">{points(c.weight, f.lang)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {sheet.scores[c.id] === undefined ? '—' : `${points(sheet.scores[c.id]!, f.lang)} / ${points(c.maxScore, f.lang)}`}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {sheet.comments[c.id] ?? ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('evaluation.staff.sheet.total')}</Table.Th>
            <Table.Th />
            <Table.Th ta="right" data-testid="sheet-total" style={{ whiteSpace: 'nowrap' }}>
              {sheet.total === null ? '—' : `${points(sheet.total, f.lang)} / ${points(sheet.round.maxTotal, f.lang)}`}
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {sheet.comment ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('evaluation.staff.sheet.overall')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {sheet.comment}
          </Text>
        </Stack>
      ) : null}
      {canWrite && sheet.permissions.reopen ? <ReopenForm roundId={roundId} sheetId={sheet.id} /> : null}
      <Divider label={t('evaluation.staff.sheet.answers')} labelPosition="left" />
      <Stack gap="sm">
        {app.answers.map((a) => (
          <div key={a.key}>
            <Text size="xs" c="dimmed" fw={600}>
              {(f.lang === 'en' && a.label.en) || a.label.ko}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {answerText(a, app.files)}
            </Text>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}

function ReopenForm({ roundId, sheetId }: { roundId: string; sheetId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ reason: string }>({ initialValues: { reason: '' }, validate: { reason: (v) => (v.trim() ? null : t('validation.required')) } });
  const reopen = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/score-sheets/{id}/reopen', { params: { path: { id: sheetId } }, body: { reason } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('evaluation.staff.sheet.reopenDone') });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: roundKey(roundId) });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  useEffect(() => reopen.reset(), [sheetId]);
  const general = reopen.error && Object.keys(fieldErrorsOf(reopen.error)).length === 0 ? problemMessage(reopen.error, t('common.tryAgainLater')) : null;
  return (
    <form onSubmit={form.onSubmit((v) => reopen.mutate(v.reason.trim()))} noValidate data-testid="sheet-reopen">
      <Stack gap="xs">
        <ProblemAlert>{general}</ProblemAlert>
        <Textarea label={t('evaluation.staff.sheet.reopenReason')} description={t('evaluation.staff.sheet.reopenHint')} autosize minRows={2} required {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" color="orange" loading={reopen.isPending}>
            {t('evaluation.staff.sheet.reopen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
