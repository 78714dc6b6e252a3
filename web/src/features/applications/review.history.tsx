import { Card, List, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { historyQuery, isReviewStatus, type HistoryEntry } from './review.queries';

/** 로 after a vowel or ㄹ, 으로 after any other final consonant: ‘선정’으로, ‘접수 완료’로. */
export function josaRo(word: string): string {
  const code = (word.trim().at(-1) ?? '').charCodeAt(0) - 0xac00;
  if (!(code >= 0 && code <= 11171)) return '(으)로';
  const final = code % 28;
  return final === 0 || final === 8 ? '로' : '으로';
}

const recordOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

type Line = { sentence: string; details: string[]; items?: string[]; color: string };

/** One audit event as a sentence people read, with what it carried. */
export function describeEntry(entry: HistoryEntry, t: TFunction, dateTime: (iso: string) => string): Line {
  const actor = entry.actor ? t('review.history.person', { name: entry.actor }) : t('review.history.system');
  const before = recordOf(entry.before);
  const after = recordOf(entry.after);
  const status = (value: unknown) => (isReviewStatus(value) ? t(`reviewStatus.${value}`) : '');
  switch (entry.action) {
    case 'application.started':
      return { sentence: t('review.history.started', { actor }), details: [], color: 'gray' };
    case 'application.submitted': {
      const receipt = textOf(after.receiptNumber);
      const seq = typeof after.seq === 'number' ? after.seq : 1;
      return { sentence: t('review.history.submitted', { actor }), details: receipt ? [t('review.history.submittedDetail', { receipt, seq })] : [], color: 'blue' };
    }
    case 'application.withdrawn':
      return { sentence: t('review.history.withdrawn', { actor }), details: [], color: 'red' };
    case 'application.review_status_changed': {
      const from = status(before.reviewStatus);
      const to = status(after.reviewStatus);
      const sentence = from ? t('review.history.statusChanged', { actor, from, to, ro: josaRo(to) }) : t('review.history.statusSet', { actor, to, ro: josaRo(to) });
      const message = textOf(after.message).trim();
      const details = [...(message ? [t('review.history.message', { message })] : []), after.notified === false ? t('review.history.notNotified') : t('review.history.notified')];
      return { sentence, details, color: 'teal' };
    }
    case 'application.supplement_requested': {
      const dueAt = textOf(after.dueAt);
      const items = Array.isArray(after.items) ? after.items.filter((i): i is string => typeof i === 'string') : [];
      return { sentence: t('review.history.supplementRequested', { actor }), details: dueAt ? [t('review.history.dueAt', { date: dateTime(dueAt) })] : [], items, color: 'orange' };
    }
    case 'application.supplement_answered': {
      const files = typeof after.files === 'number' ? after.files : 0;
      return { sentence: t('review.history.supplementAnswered', { actor }), details: [t('review.history.files', { count: files })], color: 'grape' };
    }
    default:
      return { sentence: t('review.history.other', { actor, action: entry.action }), details: [], color: 'gray' };
  }
}

/** 이력: who did what to the application and when, newest first (the call's staff). */
export function ReviewHistory({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(historyQuery(applicationId));
  return (
    <Card data-testid="review-history">
      <SectionTitle>{t('review.history.title')}</SectionTitle>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <RouteError error={query.error} reset={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.history.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={query.data.length} color="brand">
          {query.data.map((entry, i) => {
            const line = describeEntry(entry, t, f.dateTime);
            return (
              <Timeline.Item
                key={`${entry.at}-${i}`}
                color={line.color}
                title={
                  <Text size="sm" fw={500}>
                    {line.sentence}
                  </Text>
                }
                data-testid="history-entry"
                data-action={entry.action}
              >
                <Stack gap={2} mt={2}>
                  <Text size="xs" c="dimmed">
                    {f.dateTime(entry.at)}
                  </Text>
                  {line.items?.length ? (
                    <List size="xs" c="dark.4" spacing={0}>
                      {line.items.map((item, j) => (
                        <List.Item key={j}>{item}</List.Item>
                      ))}
                    </List>
                  ) : null}
                  {line.details.map((d, j) => (
                    <Text key={j} size="xs" c="dark.4" style={{ whiteSpace: 'pre-wrap' }}>
                      {d}
                    </Text>
                  ))}
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
