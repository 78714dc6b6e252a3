import { ActionIcon, Alert, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ChevronDownIcon, MailIcon } from '../../components/icons';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { ListCard } from '../../components/list-card';
import { useFormat } from '../../i18n/format';
import { canReadOutbox } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { useCenterLabel } from '../centers/center.queries';

type Mail = Schemas['Mail'];

const outboxQuery = {
  queryKey: ['outbox'],
  queryFn: () => unwrap(api.GET('/api/v1/outbox', { params: { query: { limit: 200 } } })),
};

const statusColor: Record<Mail['status'], string> = { queued: 'yellow', sent: 'teal', failed: 'red', outbox: 'gray' };

/** Mail the platform sent or would have sent: national admins see all, center admins their center's. */
export function OutboxPage() {
  const me = useMe();
  return canReadOutbox(me) ? <OutboxView /> : <NotFound />;
}

function OutboxView() {
  const { t } = useTranslation();
  const f = useFormat();
  const centerLabel = useCenterLabel();
  const query = useQuery(outboxQuery);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const items = query.data?.items ?? [];
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.lead')} />
      <Stack gap="md">
        {items.some((m) => m.status === 'outbox') ? (
          <Alert color="blue" variant="light" icon={<MailIcon />} data-testid="outbox-notice">
            {t('outbox.outboxNotice')}
          </Alert>
        ) : null}
        <ListCard query={query} count={t('outbox.count', { count: items.length })} empty={t('outbox.none')} isEmpty={items.length === 0}>
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="outbox-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44} />
                  <Table.Th>{t('outbox.time')}</Table.Th>
                  <Table.Th>{t('outbox.to')}</Table.Th>
                  <Table.Th>{t('outbox.subject')}</Table.Th>
                  <Table.Th>{t('outbox.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => {
                  const expanded = open.has(m.id);
                  return (
                    <Fragment key={m.id}>
                      <Table.Tr data-testid="outbox-row" onClick={() => toggle(m.id)} style={{ cursor: 'pointer' }} bg={expanded ? 'gray.0' : undefined}>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-expanded={expanded}
                            aria-label={expanded ? t('outbox.hideBody') : t('outbox.showBody')}
                            onClick={(e) => {
                              e.stopPropagation();
                              toggle(m.id);
                            }}
                          >
                            <ChevronDownIcon size={16} style={{ transform: expanded ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
                          </ActionIcon>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{f.dateTime(m.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{m.to}</Text>
                          {m.centerId ? (
                            <Text size="xs" c="dimmed">
                              {centerLabel(m.centerId, m.centerId)}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600} lineClamp={1}>
                            {m.subject}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Tooltip label={t(`outbox.statusHints.${m.status}`)} multiline w={240} withArrow>
                            <Badge size="sm" radius="sm" variant="light" color={statusColor[m.status]} data-testid="outbox-status">
                              {t(`outbox.statuses.${m.status}`)}
                            </Badge>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                      {expanded ? (
                        <Table.Tr bg="gray.0">
                          <Table.Td />
                          <Table.Td colSpan={4}>
                            <Stack gap="xs" py={4} data-testid="outbox-body">
                              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                                {m.body}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {[
                                  t(`outbox.statusHints.${m.status}`),
                                  m.sentAt ? t('outbox.sentAt', { time: f.dateTime(m.sentAt) }) : null,
                                  m.attempts ? t('outbox.attempts', { count: m.attempts }) : null,
                                  m.lastError ? t('outbox.lastError', { error: m.lastError }) : null,
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </Text>
                            </Stack>
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListCard>
      </Stack>
    </>
  );
}
