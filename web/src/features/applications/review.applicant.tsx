import { Card, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../../components/section-title';
import type { Application } from './application.queries';
import { supplementsQuery, type ReviewStatus } from './review.queries';
import { ReviewStatusBadge } from './review.status';
import { SupplementAnswerCard } from './supplement.answer';
import { SupplementList } from './supplement.list';

/**
 * The review as the applicant sees it: an open 보완 요청 first, to answer; then the 심사 상태 in
 * plain words and the requests already answered or closed.
 */
export function ApplicantReview({ app, refresh }: { app: Application; refresh: () => Promise<Application> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const supplements = useQuery(supplementsQuery(app.id));
  const open = supplements.data?.find((s) => s.status === 'open');
  const past = supplements.data?.filter((s) => s.status !== 'open') ?? [];
  const status: ReviewStatus | null = app.reviewStatus ?? null;

  return (
    <Stack gap="lg">
      {open ? (
        <SupplementAnswerCard
          key={open.id}
          applicationId={app.id}
          supplement={open}
          onAnswered={() => {
            void queryClient.invalidateQueries(supplementsQuery(app.id));
            // The answer moves the review on (and the version): the page takes the latest.
            void refresh();
          }}
        />
      ) : null}
      <Card data-testid="applicant-review">
        <SectionTitle>{t('review.applicantTitle')}</SectionTitle>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ReviewStatusBadge status={status} size="lg" style={{ flexShrink: 0 }} />
          <Text size="sm" data-testid="review-status-explained">
            {status ? t(`review.explain.${status}`) : null}
          </Text>
        </Group>
        {past.length ? (
          <Stack gap="xs" mt="lg">
            <Text size="sm" fw={600}>
              {t('supplement.pastTitle')}
            </Text>
            <SupplementList applicationId={app.id} supplements={past} />
          </Stack>
        ) : null}
      </Card>
    </Stack>
  );
}
