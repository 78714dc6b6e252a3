import { Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { BonusCard } from './bonus.card';
import { useDecisionLabel } from './ranking.table';
import { decisionColor, decisionOf, points, type RankedApplication } from './staff.codes';
import { Loading, StatusBadge } from './staff.parts';
import { resultsQuery } from './staff.queries';

/** The ranked row kept at confirmation (its fields as the server stored them). */
type Kept = { final?: number | null; aggregate?: number | null; bonus?: number; proposal?: RankedApplication['proposal']; tied?: boolean };

/** A confirmed round: every decision as made, with the ranking kept at that moment; read-only. */
export function ResultsView({ round, last }: { round: Round; last: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(resultsQuery(round.id));
  const decisionLabel = useDecisionLabel(last);
  return (
    <Stack gap="lg">
      <Card data-testid="round-results">
        <SectionTitle>{t('evaluation.staff.results.title')}</SectionTitle>
        <Loading query={query}>
          {(results) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('evaluation.staff.results.lead', { confirmed: results.confirmedAt ? f.dateTime(results.confirmedAt) : '—', appeals: results.appealsCloseAt ? f.dateTime(results.appealsCloseAt) : '—' })}
              </Text>
              <Table.ScrollContainer minWidth={860}>
                <Table verticalSpacing="sm" data-testid="results-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={64}>{t('evaluation.staff.ranking.rank')}</Table.Th>
                      <Table.Th>{t('evaluation.staff.ranking.receipt')}</Table.Th>
                      <Table.Th>{t('evaluation.staff.ranking.organization')}</Table.Th>
                      <Table.Th ta="right">{t('evaluation.staff.ranking.final')}</Table.Th>
                      <Table.Th>{t('evaluation.staff.ranking.decision')}</Table.Th>
                      <Table.Th>{t('evaluation.staff.results.decidedBy')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {results.items.map((d) => {
                      const kept = (d.ranking ?? {}) as Kept;
                      const proposed = kept.proposal ? decisionOf(kept.proposal) : null;
                      return (
                        <Table.Tr key={d.applicationId} data-testid="result-row" data-decision={d.decision}>
                          <Table.Td fw={700}>{d.rank ?? '—'}</Table.Td>
                          <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{d.receiptNumber ?? '—'}</Table.Td>
                          <Table.Td fw={600}>{d.organizationName}</Table.Td>
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {typeof kept.final === 'number' ? points(kept.final, f.lang) : '—'}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <StatusBadge color={decisionColor[d.decision]} variant={d.decision === 'advance' ? 'filled' : 'light'} data-testid="result-decision">
                                {decisionLabel(d.decision)}
                              </StatusBadge>
                              {proposed && proposed !== d.decision ? (
                                <Tooltip label={t('evaluation.staff.results.proposedWas', { label: decisionLabel(proposed) })} withArrow>
                                  <Text size="xs" c="orange.8" data-testid="result-changed">
                                    {t('evaluation.staff.results.changed')}
                                  </Text>
                                </Tooltip>
                              ) : null}
                            </Group>
                            {d.note ? (
                              <Text size="xs" c="dimmed">
                                {d.note}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed">
                              {d.decidedBy ?? '—'} · {f.dateTime(d.decidedAt)}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )}
        </Loading>
      </Card>
      <BonusCard round={round} canWrite={false} />
    </Stack>
  );
}
