import { ActionIcon, Alert, Button, Card, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { UploadIcon } from '../../components/icons';
import { ListCard } from '../../components/list-card';
import { ModalActions } from '../../components/modal-actions';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem.alert';
import { RouterAnchor, RouterButton } from '../../components/router-link';
import { useFormat } from '../../i18n/format';
import { isStaff } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { outcomeMetrics, outcomeStatuses, parsePeriod, type Outcome, type OutcomeMetric, type OutcomeStatus } from './outcome.codes';
import { useOutcomeFormat } from './outcome.format';
import { AlertIcon, CheckIcon, HistoryIcon, ReturnIcon } from './outcome.icons';
import { outcomeQueueQuery, outcomesKey } from './outcome.queries';
import { queueFilterOf, type OutcomeQueueSearch } from './outcome-queue.search';
import { OutcomeHistoryDrawer } from './outcome-history.drawer';
import { OutcomeReturnModal } from './outcome-return.modal';
import { DetailsLine, EvidenceButton } from './outcomes.card';
import { OutcomeFlags, OutcomeStatusBadge, ReturnReason, useSourceLabel } from './outcome-status';

/** The server lists at most this many figures; beyond, the filters narrow the list. */
const LIMIT = 200;

/**
 * 성과 검증: the figures of the organizations the person works with, reported and waiting by
 * default; several are verified (확인) or returned with a reason (반려) at once, all or none.
 */
export function OutcomeQueuePage() {
  const me = useMe();
  return isStaff(me) ? <QueueView /> : <NotFound />;
}

type Decision = 'verified' | 'returned';

function QueueView() {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/app/outcomes' });
  const navigate = useNavigate({ from: '/outcomes' });
  const queryClient = useQueryClient();
  const update = (patch: Partial<OutcomeQueueSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const query = useQuery(outcomeQueueQuery(queueFilterOf(search)));
  const items = query.data?.items ?? [];
  const [picked, setPicked] = useState<Set<string>>(new Set());
  // Only what is on screen stays selected: a new filter or a refresh drops the rest.
  const selected = items.filter((o) => picked.has(o.id));
  const flagged = selected.filter((o) => o.flags.length > 0);
  const allSelected = items.length > 0 && selected.length === items.length;
  const toggle = (id: string) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const [confirming, confirm] = useDisclosure(false);
  const [returning, returnModal] = useDisclosure(false);
  const [history, setHistory] = useState<Outcome | null>(null);
  const [historyOpen, historyDrawer] = useDisclosure(false);

  const review = useMutation({
    mutationFn: (input: { ids: string[]; decision: Decision; reason?: string }) =>
      unwrap(api.POST('/api/v1/outcomes/review', { body: input })),
    onSuccess: async (result, input) => {
      notifications.show({ color: 'teal', message: t(input.decision === 'verified' ? 'outcomeQueue.verifiedDone' : 'outcomeQueue.returnedDone', { count: result.updated }) });
      setPicked(new Set());
      confirm.close();
      returnModal.close();
      await queryClient.invalidateQueries({ queryKey: outcomesKey });
    },
  });
  const decide = (decision: Decision, reason?: string) => review.mutate({ ids: selected.map((o) => o.id), decision, reason });
  const verify = () => (flagged.length ? confirm.open() : decide('verified'));
  const verifyError = review.variables?.decision === 'verified' && review.error ? problemMessage(review.error, t('common.tryAgainLater')) : null;
  const flaggedTotal = items.filter((o) => o.flags.length > 0).length;

  return (
    <>
      <PageHeader
        title={t('outcomeQueue.title')}
        description={t('outcomeQueue.lead')}
        actions={
          <RouterButton to="/imports" search={{ kind: 'outcomes' }} variant="default" leftSection={<UploadIcon size={16} />}>
            {t('outcomeQueue.import')}
          </RouterButton>
        }
      />
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Select
              label={t('outcome.statusLabel')}
              data={[...outcomeStatuses.map((s) => ({ value: s, label: t(`outcome.status.${s}`) })), { value: 'all', label: t('common.all') }]}
              value={search.status ?? 'reported'}
              onChange={(v) => update({ status: v === 'reported' ? undefined : ((v ?? undefined) as OutcomeStatus | 'all' | undefined) })}
              allowDeselect={false}
            />
            <Select
              label={t('outcome.metric')}
              placeholder={t('common.all')}
              data={outcomeMetrics.map((m) => ({ value: m, label: t(`outcome.metrics.${m}`) }))}
              value={search.metric ?? null}
              onChange={(v) => update({ metric: (v ?? undefined) as OutcomeMetric | undefined })}
              clearable
            />
            <PeriodFilter label={t('outcomeQueue.from')} value={search.from} onChange={(from) => update({ from })} />
            <PeriodFilter label={t('outcomeQueue.to')} value={search.to} onChange={(to) => update({ to })} />
          </SimpleGrid>
        </Card>
        <ProblemAlert>{verifyError}</ProblemAlert>
        <ListCard
          query={query}
          count={
            <Group gap="sm" component="span">
              <span data-testid="outcome-queue-count">{t('outcomeQueue.total', { count: items.length, formatted: f.number(items.length) })}</span>
              {flaggedTotal ? (
                <Text span size="sm" c="orange.8" fw={600}>
                  {t('outcomeQueue.flaggedTotal', { count: flaggedTotal })}
                </Text>
              ) : null}
            </Group>
          }
          aside={
            items.length ? (
              <Group gap="sm" data-testid="outcome-bulk">
                <Text size="sm" c={selected.length ? undefined : 'dimmed'} data-testid="outcome-selected-count">
                  {selected.length ? t('outcomeQueue.selected', { count: selected.length }) : t('outcomeQueue.selectHint')}
                </Text>
                <Button size="xs" color="teal" leftSection={<CheckIcon size={14} />} disabled={!selected.length} loading={review.isPending && review.variables?.decision === 'verified'} onClick={verify}>
                  {t('outcomeQueue.verify')}
                </Button>
                <Button size="xs" color="red" variant="light" leftSection={<ReturnIcon size={14} />} disabled={!selected.length} onClick={() => (review.reset(), returnModal.open())}>
                  {t('outcomeQueue.return')}
                </Button>
              </Group>
            ) : null
          }
          empty={search.status ? t('outcomeQueue.noneFound') : t('outcomeQueue.noneWaiting')}
          emptyHint={search.status ? undefined : t('outcomeQueue.noneWaitingHint')}
          isEmpty={items.length === 0}
        >
          <Table.ScrollContainer minWidth={980}>
            <Table highlightOnHover data-testid="outcome-queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44}>
                    <Checkbox
                      aria-label={t('outcomeQueue.selectAll')}
                      checked={allSelected}
                      indeterminate={selected.length > 0 && !allSelected}
                      onChange={() => setPicked(allSelected ? new Set() : new Set(items.map((o) => o.id)))}
                      data-testid="outcome-select-all"
                    />
                  </Table.Th>
                  <Table.Th>{t('outcomeQueue.organization')}</Table.Th>
                  <Table.Th>{t('outcome.metric')}</Table.Th>
                  <Table.Th>{t('outcome.period')}</Table.Th>
                  <Table.Th ta="right">{t('outcome.value')}</Table.Th>
                  <Table.Th>{t('outcome.sourceLabel')}</Table.Th>
                  <Table.Th>{t('outcome.statusLabel')}</Table.Th>
                  <Table.Th>{t('outcomeQueue.updatedAt')}</Table.Th>
                  <Table.Th w={88}>
                    <VisuallyHidden>{t('outcome.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((o) => (
                  <QueueRow
                    key={o.id}
                    outcome={o}
                    selected={picked.has(o.id)}
                    onToggle={() => toggle(o.id)}
                    onHistory={() => {
                      setHistory(o);
                      historyDrawer.open();
                    }}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length >= LIMIT ? (
            <Text size="xs" c="dimmed" px="md" py="sm">
              {t('outcomeQueue.limit', { limit: LIMIT })}
            </Text>
          ) : null}
        </ListCard>
      </Stack>

      <Modal opened={confirming} onClose={confirm.close} title={t('outcomeQueue.confirmTitle')}>
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<AlertIcon />}>
            {t('outcomeQueue.confirmFlagged', { total: selected.length, flagged: flagged.length })}
          </Alert>
          <ProblemAlert>{confirming ? verifyError : null}</ProblemAlert>
          <ModalActions onCancel={confirm.close}>
            <Button color="teal" loading={review.isPending} onClick={() => decide('verified')}>
              {t('outcomeQueue.confirmVerify', { total: selected.length })}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
      <OutcomeReturnModal
        opened={returning}
        onClose={returnModal.close}
        count={selected.length}
        onSubmit={(reason) => decide('returned', reason)}
        pending={review.isPending}
        error={review.variables?.decision === 'returned' ? review.error : null}
      />
      <OutcomeHistoryDrawer outcome={items.find((o) => o.id === history?.id) ?? history} opened={historyOpen} onClose={historyDrawer.close} />
    </>
  );
}

function QueueRow({ outcome: o, selected, onToggle, onHistory }: { outcome: Outcome; selected: boolean; onToggle: () => void; onHistory: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const fmt = useOutcomeFormat();
  const sourceLabel = useSourceLabel();
  const exact = fmt.exact(o.metric, o.value);
  const flagged = o.flags.length > 0;
  return (
    <Table.Tr data-testid="outcome-queue-row" data-flagged={flagged || undefined} bg={selected ? 'brand.0' : flagged ? 'orange.0' : undefined}>
      <Table.Td style={flagged ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-orange-5)' } : undefined}>
        <Checkbox
          aria-label={t('outcomeQueue.selectRow', { name: o.organizationName, metric: fmt.metric(o.metric), period: fmt.period(o.period) })}
          checked={selected}
          onChange={onToggle}
        />
      </Table.Td>
      <Table.Td maw={320}>
        <Stack gap={4}>
          <RouterAnchor to="/organizations/$organizationId" params={{ organizationId: o.organizationId }} size="sm" fw={600}>
            {o.organizationName}
          </RouterAnchor>
          <OutcomeFlags flags={o.flags} />
          <ReturnReason outcome={o} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{fmt.metric(o.metric)}</Text>
          <DetailsLine outcome={o} />
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.period(o.period)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        <Text size="sm" fw={600} data-testid="outcome-value">
          {fmt.value(o.metric, o.value)}
        </Text>
        {exact ? (
          <Text size="xs" c="dimmed">
            {exact}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="dimmed">
          {sourceLabel(o.source)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <OutcomeStatusBadge status={o.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="dimmed">
          {f.date(o.updatedAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <EvidenceButton count={o.evidenceCount} onClick={onHistory} />
          <Tooltip label={t('outcome.history')} withArrow>
            <ActionIcon variant="subtle" color="gray" aria-label={t('outcome.history')} onClick={onHistory}>
              <HistoryIcon size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** A period typed as people write it (2025, 2025-Q3, 2025년 7월), applied when it reads as one. */
function PeriodFilter({ label, value, onChange }: { label: string; value: string | undefined; onChange: (period: string | undefined) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value ?? ''), [value]);
  const apply = () => {
    const trimmed = text.trim();
    if (!trimmed) {
      setError(null);
      if (value) onChange(undefined);
      return;
    }
    const period = parsePeriod(trimmed);
    if (!period) return setError(t('validation.period'));
    setError(null);
    setText(period.period);
    if (period.period !== value) onChange(period.period);
  };
  return (
    <TextInput
      label={label}
      placeholder={t('outcomeQueue.periodPlaceholder')}
      value={text}
      error={error}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
    />
  );
}
