import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyIcon } from './campaign.icons';
import { useFormat } from '../../i18n/format';
import type { OutcomeRequest } from './campaign.codes';
import { useCampaignFormat } from './campaign.format';
import { myRequestsQuery } from './campaign.queries';
import { AnswerModal } from './answer.modal';
import { DueBadge } from './due.badge';

/**
 * 성과 조사 on a company member's home: the requests to answer, by due date (D-7, 기한 경과 in red),
 * then those answered lately, each opening the answer form. Nothing when there are none.
 */
export function OutcomeRequestsCard() {
  const { t } = useTranslation();
  const query = useQuery(myRequestsQuery);
  const [answering, setAnswering] = useState<OutcomeRequest | null>(null);
  const items = query.data ?? [];
  if (items.length === 0) return null;
  const open = items.filter((r) => r.status === 'open').length;
  return (
    <Card mb="lg" maw={900} data-testid="outcome-requests">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <SurveyIcon size={24} />
        <Title order={4}>{t('campaign.home.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {open ? t('campaign.home.lead', { count: open }) : t('campaign.home.allDone')}
      </Text>
      <Stack gap={0}>
        {items.map((r, i) => (
          <RequestRow key={r.id} request={r} first={i === 0} onAnswer={() => setAnswering(r)} />
        ))}
      </Stack>
      <AnswerModal request={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}

function RequestRow({ request, first, onAnswer }: { request: OutcomeRequest; first: boolean; onAnswer: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cf = useCampaignFormat();
  const c = request.campaign;
  const submitted = request.status === 'submitted';
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      gap="sm"
      py="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-gray-2)' }}
      data-testid="outcome-request"
    >
      <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Group gap="xs" wrap="nowrap">
          <DueBadge daysLeft={c.daysLeft} submitted={submitted} closed={c.closed} />
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {c.title}
          </Text>
        </Group>
        <Text size="xs" c={request.overdue ? 'red' : 'dimmed'}>
          {t('campaign.home.meta', { scope: c.scopeName, period: cf.period(c.period), due: f.date(c.dueOn), count: request.figures.length })}
          {submitted && request.submittedAt ? ` · ${t('campaign.home.submittedAt', { at: f.dateTime(request.submittedAt) })}` : ''}
        </Text>
      </Stack>
      {request.answerable ? (
        <Button size="xs" variant={submitted ? 'default' : 'filled'} color={request.overdue ? 'red' : undefined} onClick={onAnswer} data-testid="outcome-request-answer">
          {submitted ? t('campaign.home.edit') : t('campaign.home.answer')}
        </Button>
      ) : null}
    </Group>
  );
}
