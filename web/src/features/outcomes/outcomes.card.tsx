import { ActionIcon, Alert, Button, Card, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { EditIcon, LockIcon, PlusIcon } from '../../components/icons';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useMe } from '../auth/session.queries';
import type { Outcome } from './outcome.codes';
import { useOutcomeFormat } from './outcome.format';
import { HistoryIcon, PaperclipIcon } from './outcome.icons';
import { OutcomeModal } from './outcome.modal';
import { organizationOutcomesQuery } from './outcome.queries';
import { OutcomeFlags, OutcomeStatusBadge, ReturnReason, useSourceLabel } from './outcome-status';
import { OutcomeHistoryDrawer } from './outcome-history.drawer';

/** The newest figures shown before 모두 보기. */
const FIRST = 8;

/** A dialog's subject: kept while the dialog closes so it keeps its content. */
function useSubject() {
  const [subject, setSubject] = useState<Outcome | null>(null);
  const [opened, setOpened] = useState(false);
  return { subject, opened, open: (o: Outcome | null) => (setSubject(o), setOpened(true)), close: () => setOpened(false) };
}

/**
 * 성과: an organization's figures (revenue, jobs, investment …) with their verification state,
 * for its own members (who report them) and the staff working with it (who enter them). A 404
 * means this person may not see them.
 */
export function OutcomesCard({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const reporting = me.memberships.some((m) => m.role === 'company_member' && m.organizationId === organizationId);
  const query = useQuery(organizationOutcomesQuery(organizationId));
  const noAccess = query.error instanceof ApiError && query.error.status === 404;
  const editor = useSubject();
  const history = useSubject();
  const items = query.data?.items ?? [];
  const [all, setAll] = useState(false);

  return (
    <Card data-testid="outcomes-card">
      <SectionTitle
        right={
          query.isSuccess ? (
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('outcome.count', { count: items.length })}
              </Text>
              <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => editor.open(null)} data-testid="outcome-add">
                {t(reporting ? 'outcome.report' : 'outcome.enter')}
              </Button>
            </Group>
          ) : null
        }
      >
        {t('outcome.cardTitle')}
      </SectionTitle>
      {query.isPending ? (
        <PageLoader />
      ) : noAccess ? (
        <Alert color="gray" variant="light" icon={<LockIcon />}>
          {t('outcome.noAccess')}
        </Alert>
      ) : query.isError ? (
        <RouteError error={query.error} reset={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Stack gap={4} py="md">
          <Text size="sm" fw={600}>
            {t('outcome.none')}
          </Text>
          <Text size="sm" c="dimmed">
            {t(reporting ? 'outcome.noneHintMember' : 'outcome.noneHintStaff')}
          </Text>
        </Stack>
      ) : (
        <>
          <OutcomeTable items={all ? items : items.slice(0, FIRST)} flush={items.length <= FIRST} onEdit={editor.open} onHistory={history.open} />
          {items.length > FIRST ? (
            <Group justify="center" mt="lg" mb={-4}>
              <Button variant="subtle" size="xs" onClick={() => setAll(!all)}>
                {all ? t('outcome.showFewer') : t('outcome.showAll', { count: items.length })}
              </Button>
            </Group>
          ) : null}
        </>
      )}
      <OutcomeModal
        opened={editor.opened}
        onClose={editor.close}
        organizationId={organizationId}
        organizationName={organizationName}
        outcome={editor.subject}
        reporting={reporting}
        others={items}
        onAmendOther={(o) => editor.open(o)}
      />
      {/* The figure as listed now (verified since it opened …), else as it was. */}
      <OutcomeHistoryDrawer outcome={items.find((o) => o.id === history.subject?.id) ?? history.subject} opened={history.opened} onClose={history.close} />
    </Card>
  );
}

/** The figures' table, edge to edge in the card; `flush` when it ends the card. */
function OutcomeTable({ items, flush, onEdit, onHistory }: { items: Outcome[]; flush: boolean; onEdit: (o: Outcome) => void; onHistory: (o: Outcome) => void }) {
  const { t } = useTranslation();
  const fmt = useOutcomeFormat();
  const sourceLabel = useSourceLabel();
  return (
    <Table.ScrollContainer minWidth={640} mx="calc(var(--mantine-spacing-lg) * -1)" mb={flush ? 'calc(var(--mantine-spacing-lg) * -1)' : 0}>
      <Table data-testid="outcome-table" verticalSpacing="sm" horizontalSpacing="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outcome.metric')}</Table.Th>
            <Table.Th w={120}>{t('outcome.period')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('outcome.value')}
            </Table.Th>
            <Table.Th>{t('outcome.statusLabel')}</Table.Th>
            <Table.Th>{t('outcome.sourceLabel')}</Table.Th>
            <Table.Th w={116}>
              <VisuallyHidden>{t('outcome.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-testid="outcome-row" data-metric={o.metric} data-period={o.period}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {fmt.metric(o.metric)}
                  </Text>
                  <DetailsLine outcome={o} />
                  <OutcomeFlags flags={o.flags} />
                  <ReturnReason outcome={o} />
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.period(o.period)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                <span title={fmt.exact(o.metric, o.value) ?? undefined} data-testid="outcome-value">
                  {fmt.value(o.metric, o.value)}
                </span>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <OutcomeStatusBadge status={o.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c="dimmed">
                  {sourceLabel(o.source)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap" justify="flex-end">
                  <EvidenceButton count={o.evidenceCount} onClick={() => onHistory(o)} />
                  <Tooltip label={t('outcome.history')} withArrow>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('outcome.history')} onClick={() => onHistory(o)}>
                      <HistoryIcon size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('outcome.amend')} withArrow>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('outcome.amend')} onClick={() => onEdit(o)}>
                      <EditIcon size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * 증빙 파일: opens the figure's drawer, where its files are listed and attached. A figure with
 * files shows how many, so staff verifying a list see which figures came with evidence.
 */
export function EvidenceButton({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation();
  const label = count > 0 ? t('outcome.evidence.count', { count }) : t('outcome.evidence.title');
  return (
    <Tooltip label={count > 0 ? `${label} · ${t('outcome.evidence.open')}` : t('outcome.evidence.open')} withArrow>
      {count > 0 ? (
        <Button variant="subtle" size="compact-sm" px={6} color="brand" aria-label={label} onClick={onClick} data-testid="outcome-evidence-open" data-count={count} leftSection={<PaperclipIcon size={16} />}>
          {count}
        </Button>
      ) : (
        <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} data-testid="outcome-evidence-open" data-count={0}>
          <PaperclipIcon size={16} />
        </ActionIcon>
      )}
    </Tooltip>
  );
}

/** A deal's investor, stage and date; export sales' countries; the note. Each fact wraps whole. */
export function DetailsLine({ outcome: o }: { outcome: Outcome }) {
  const f = useFormat();
  const facts = [o.details.investor, o.details.stage, o.details.date ? f.date(o.details.date) : null, o.details.countries?.join(', '), o.note].filter((x): x is string => !!x);
  if (!facts.length) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2}>
      {facts.map((fact, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : null}
          <span style={{ whiteSpace: fact.length > 24 ? undefined : 'nowrap' }}>{fact}</span>
        </Fragment>
      ))}
    </Text>
  );
}
