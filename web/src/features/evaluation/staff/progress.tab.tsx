import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { problemMessage } from '../../../api/form-errors';
import { MailIcon } from '../../../components/icons';
import { SectionTitle } from '../../../components/section-title';
import { StatCard } from '../../../components/stat.card';
import { useFormat } from '../../../i18n/format';
import { ConfirmPopover } from '../../forms/form-confirm.popover';
import type { Round } from '../round.codes';
import { SheetDrawer } from './sheet.drawer';
import { applicationLabel, points, sheetStatusColor, type ProgressSheet, type RoundProgress } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { progressQuery, roundJudgesQuery } from './staff.queries';

/** 진행 현황: how far scoring is, per judge and per application; remind the judges behind; open any sheet, reopen a submitted one. */
export function ProgressTab({ round, canWrite }: { round: Round; canWrite: boolean }) {
  const query = useQuery(progressQuery(round.id));
  return <Loading query={query}>{(progress) => <ProgressView round={round} progress={progress} canWrite={canWrite} />}</Loading>;
}

function ProgressView({ round, progress, canWrite }: { round: Round; progress: RoundProgress; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const judges = useQuery(roundJudgesQuery(round.id));
  const [open, setOpen] = useState<ProgressSheet | null>(null);
  // Sheets of a judge removed from the round stay when submitted: their name comes from the judge list.
  const names = new Map<string, string>([...(judges.data ?? []).map((j) => [j.personId, j.name] as const), ...progress.judges.map((j) => [j.personId, j.name] as const)]);
  const sheetsOf = new Map<string, ProgressSheet[]>();
  for (const s of progress.sheets) sheetsOf.set(s.applicationId, [...(sheetsOf.get(s.applicationId) ?? []), s]);
  const { totals } = progress;
  const behind = progress.judges.filter((j) => j.status === 'active' && j.assigned + j.draft > 0).length;

  const remind = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/rounds/{id}/reminders', { params: { path: { id: round.id } }, body: {} })),
    onSuccess: (r) => notifications.show({ color: 'teal', message: r.reminded ? t('evaluation.staff.progress.reminded', { count: r.reminded }) : t('evaluation.staff.progress.nobodyToRemind') }),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(error, t('common.tryAgainLater')) }),
  });
  const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);

  return (
    <Stack gap="lg" data-testid="round-progress">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard
          label={t('evaluation.staff.progress.sheetsSubmitted')}
          value={<span data-testid="progress-sheets">{t('evaluation.staff.progress.ofTotal', { done: f.number(totals.submitted), total: f.number(totals.sheets) })}</span>}
          hint={t('evaluation.staff.progress.percent', { pct: pct(totals.submitted, totals.sheets) })}
        />
        <StatCard
          label={t('evaluation.staff.progress.applicationsComplete')}
          value={<span data-testid="progress-applications">{t('evaluation.staff.progress.ofTotal', { done: f.number(totals.complete), total: f.number(totals.applications) })}</span>}
          hint={t('evaluation.staff.progress.perApplication', { k: progress.judgesPerApplication })}
        />
        <StatCard label={t('evaluation.staff.progress.judgesBehind')} value={f.number(behind)} hint={t('evaluation.staff.progress.judgesBehindHint', { count: progress.judges.length })} />
      </SimpleGrid>

      <Card data-testid="progress-judges">
        <SectionTitle
          right={
            canWrite && progress.status !== 'closed' ? (
              <ConfirmPopover
                question={t('evaluation.staff.progress.remindQuestion', { count: behind })}
                confirmLabel={t('evaluation.staff.progress.remindConfirm')}
                onConfirm={() => remind.mutate()}
                position="bottom-end"
                width={320}
                target={(toggle) => (
                  <Button size="xs" variant="light" leftSection={<MailIcon size={14} />} onClick={toggle} loading={remind.isPending} disabled={behind === 0} data-testid="progress-remind">
                    {t('evaluation.staff.progress.remind')}
                  </Button>
                )}
              />
            ) : null
          }
        >
          {t('evaluation.staff.progress.byJudge')}
        </SectionTitle>
        {progress.judges.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evaluation.staff.judges.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" data-testid="progress-judges-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluation.staff.judges.name')}</Table.Th>
                  <Table.Th>{t('evaluation.staff.judges.pledge')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.staff.sheetStatus.assigned')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.staff.sheetStatus.draft')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.staff.sheetStatus.submitted')}</Table.Th>
                  <Table.Th miw={140}>{t('evaluation.staff.progress.done')}</Table.Th>
                  <Table.Th>{t('evaluation.staff.progress.lastActivity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.judges.map((j) => {
                  const all = j.assigned + j.draft + j.submitted;
                  return (
                    <Table.Tr key={j.personId} data-testid="progress-judge" data-name={j.name}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {j.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {j.email}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {j.status === 'invited' ? (
                          <StatusBadge color="yellow">{t('evaluation.staff.judgeStatus.invited')}</StatusBadge>
                        ) : j.pledgeSignedAt ? (
                          <Text size="sm">{f.dateTime(j.pledgeSignedAt)}</Text>
                        ) : (
                          <StatusBadge color="orange" variant="outline">
                            {t('evaluation.staff.judges.notSigned')}
                          </StatusBadge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{f.number(j.assigned)}</Table.Td>
                      <Table.Td ta="right">{f.number(j.draft)}</Table.Td>
                      <Table.Td ta="right" data-testid="progress-judge-submitted">
                        {f.number(j.submitted)}
                      </Table.Td>
                      <Table.Td>
                        <Progress value={pct(j.submitted, all)} size="sm" color={all && j.submitted === all ? 'teal' : 'brand'} aria-label={j.name} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm" c={j.lastActivity ? undefined : 'dimmed'}>
                          {j.lastActivity ? f.dateTime(j.lastActivity) : '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card data-testid="progress-applications-card">
        <SectionTitle>{t('evaluation.staff.progress.byApplication')}</SectionTitle>
        <Text size="xs" c="dimmed" mb="sm">
          {t('evaluation.staff.progress.openHint')}
        </Text>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" data-testid="progress-applications-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluation.staff.application')}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('evaluation.staff.progress.submittedOf')}
                </Table.Th>
                <Table.Th>{t('evaluation.staff.progress.sheets')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.applications.map((a) => (
                <Table.Tr key={a.applicationId} data-testid="progress-application">
                  <Table.Td>
                    <Text size="sm">{applicationLabel(a)}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c={a.assigned > 0 && a.submitted === a.assigned ? 'teal.8' : undefined} fw={500}>
                      {t('evaluation.staff.progress.ofTotal', { done: a.submitted, total: a.assigned })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {(sheetsOf.get(a.applicationId) ?? []).map((s) => (
                        <SheetChip key={s.id} sheet={s} name={names.get(s.personId) ?? '—'} onOpen={() => setOpen(s)} />
                      ))}
                      {(sheetsOf.get(a.applicationId) ?? []).length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('evaluation.staff.progress.noSheets')}
                        </Text>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <SheetDrawer roundId={round.id} sheet={open} judgeName={open ? (names.get(open.personId) ?? '') : ''} canWrite={canWrite} onClose={() => setOpen(null)} />
    </Stack>
  );
}

function SheetChip({ sheet, name, onOpen }: { sheet: ProgressSheet; name: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = `${name} · ${t(`evaluation.staff.sheetStatus.${sheet.status}`)}${sheet.total !== null ? ` · ${points(sheet.total, f.lang)}` : ''}`;
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('evaluation.staff.progress.openSheet', { label })} data-testid="sheet-chip" data-status={sheet.status} data-sheet-id={sheet.id}>
      <Badge
        radius="sm"
        variant={sheet.status === 'submitted' ? 'light' : 'outline'}
        color={sheetStatusColor[sheet.status]}
        styles={{ root: { cursor: 'pointer' }, label: { overflow: 'visible', textTransform: 'none' } }}
      >
        {label}
        {sheet.reopenReason && sheet.status !== 'submitted' ? ` · ${t('evaluation.staff.progress.reopened')}` : ''}
      </Badge>
    </UnstyledButton>
  );
}
