import { Anchor, Badge, Box, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../components/icons';
import { useFormat } from '../../i18n/format';
import { formatBytes } from './application-files';
import type { Supplement } from './review.queries';

/** Overdue from the second after the deadline, as the server decides. */
export const isOverdue = (s: Supplement, now: number) => s.status === 'open' && (s.overdue || now >= Date.parse(s.dueAt) + 1000);

/** The time now, ticking: every second in the last hour before `until`, otherwise every half minute. */
export function useNow(until?: string): number {
  const [now, setNow] = useState(() => Date.now());
  const left = until ? Date.parse(until) - now : Infinity;
  const step = left < 3_600_000 && left > -2_000 ? 1_000 : 30_000;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), step);
    return () => clearInterval(timer);
  }, [step]);
  return now;
}

export function SupplementStatusBadge({ supplement: s, now }: { supplement: Supplement; now: number }) {
  const { t } = useTranslation();
  const overdue = isOverdue(s, now);
  const color = overdue ? 'red' : { open: 'orange', answered: 'teal', cancelled: 'gray' }[s.status];
  return (
    <Badge size="sm" radius="sm" variant="light" color={color} data-testid="supplement-status">
      {overdue ? t('supplement.status.overdue') : t(`supplement.status.${s.status}`)}
    </Badge>
  );
}

/** What was asked: the numbered items and the message. */
export function SupplementAsked({ supplement: s }: { supplement: Supplement }) {
  return (
    <Stack gap={6}>
      <List type="ordered" size="sm" spacing={2} data-testid="supplement-items">
        {s.items.map((item, i) => (
          <List.Item key={i}>{item}</List.Item>
        ))}
      </List>
      {s.message ? (
        <Text size="sm" c="dark.5" style={{ whiteSpace: 'pre-wrap' }} data-testid="supplement-message">
          {s.message}
        </Text>
      ) : null}
    </Stack>
  );
}

export function SupplementDeadline({ supplement: s, now }: { supplement: Supplement; now: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const overdue = isOverdue(s, now);
  return (
    <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : 500} data-testid="supplement-due" data-overdue={overdue}>
      {t('supplement.dueAt', { date: f.dateTime(s.dueAt) })}
      <Text span size="xs" c={overdue ? 'red' : 'dimmed'} fw={400} ml={6}>
        {overdue ? t('supplement.overdueShort') : t('supplement.koreaTime')}
      </Text>
    </Text>
  );
}

/** The applicant's answer: their note and the files, each a download. */
export function SupplementAnswer({ applicationId, supplement: s }: { applicationId: string; supplement: Supplement }) {
  const { t } = useTranslation();
  const f = useFormat();
  const r = s.response;
  if (!r) return null;
  return (
    <Box p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)', borderLeft: '3px solid var(--mantine-color-teal-5)' }} data-testid="supplement-response">
      <Text size="xs" c="dimmed" mb={4}>
        {t('supplement.answeredBy', { name: r.respondedBy, date: f.dateTime(r.respondedAt) })}
      </Text>
      {r.note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb={r.files.length ? 6 : 0}>
          {r.note}
        </Text>
      ) : null}
      {r.files.length ? (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {r.files.map((file) => (
            <Group component="li" key={file.id} gap={6} wrap="nowrap" data-testid="supplement-file">
              <DownloadIcon size={14} />
              <Anchor href={`/api/v1/applications/${applicationId}/files/${file.id}`} download={file.fileName} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.fileName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(file.size)}
              </Text>
            </Group>
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}

/** The application's requests, newest first: what was asked, by when, and the answer. */
export function SupplementList({ applicationId, supplements }: { applicationId: string; supplements: Supplement[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const now = useNow(supplements.find((s) => s.status === 'open')?.dueAt);
  return (
    <Stack gap="sm" data-testid="supplement-list">
      {supplements.map((s) => (
        <Paper key={s.id} withBorder p="md" radius="sm" data-testid="supplement" data-status={s.status}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Group gap="xs" wrap="wrap">
                <SupplementStatusBadge supplement={s} now={now} />
                <Text size="xs" c="dimmed">
                  {t('supplement.requestedBy', { name: s.requestedBy, date: f.dateTime(s.requestedAt) })}
                </Text>
              </Group>
              <SupplementDeadline supplement={s} now={now} />
            </Group>
            <SupplementAsked supplement={s} />
            {s.status === 'cancelled' ? (
              <Text size="xs" c="dimmed">
                {t('supplement.cancelledHint')}
              </Text>
            ) : null}
            <SupplementAnswer applicationId={applicationId} supplement={s} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
