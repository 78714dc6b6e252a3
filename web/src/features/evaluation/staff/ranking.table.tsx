import { ActionIcon, Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon } from '../../../components/icons';
import { SectionTitle } from '../../../components/section-title';
import { useFormat } from '../../../i18n/format';
import type { Round } from '../round.codes';
import { decisionColor, decisions, points, type Decision, type Ranked, type RankedApplication, type RoundRanking } from './staff.codes';
import { StatusBadge } from './staff.parts';

type Decide = { decisionFor: (a: RankedApplication) => Decision; onChange: (applicationId: string, decision: Decision) => void };

const proposalColor: Record<RankedApplication['proposal'], string> = { selected: 'teal', reserve: 'yellow', notSelected: 'gray', failed: 'red' };

/** The label of a decision: the last round's advance selects (선정); an earlier round's sends on to the next (다음 단계 진출). */
export function useDecisionLabel(last: boolean) {
  const { t } = useTranslation();
  return (d: Decision) => (d === 'advance' ? t(last ? 'evaluation.staff.decision.selected' : 'evaluation.staff.decision.advance') : t(`evaluation.staff.decision.${d}`));
}

/**
 * The ranked applications: rank (a shared rank marked), receipt number, organization, each judge's
 * total (the dropped highest and lowest struck through), aggregate, bonus, final, failed criteria,
 * the proposal and, while staff decide, a decision per row. A row opens to its criterion means and,
 * when normalized, its z-scores.
 */
export function RankingTable({ round, ranking, ranked, last, decide }: { round: Round; ranking: RoundRanking; ranked: Ranked; last: boolean; decide: Decide | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const k = Math.max(1, ...ranked.applications.map((a) => a.sheets.length));
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const columns = 9 + k + (decide ? 1 : 0);

  return (
    <Card padding={0} data-testid="ranking-card">
      <Group justify="space-between" px="md" pt="md">
        <SectionTitle>{t('evaluation.staff.ranking.title')}</SectionTitle>
        <Text size="xs" c="dimmed" mb="md">
          {t('evaluation.staff.ranking.methodLine', { method: t(`round.method.${round.method}`), max: points(round.maxTotal, f.lang) })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={820 + k * 60}>
        <Table verticalSpacing="xs" horizontalSpacing="xs" data-testid="ranking-table" highlightOnHover>
          <Table.Thead style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th w={64}>{t('evaluation.staff.ranking.rank')}</Table.Th>
              <Table.Th>{t('evaluation.staff.ranking.receipt')}</Table.Th>
              <Table.Th>{t('evaluation.staff.ranking.organization')}</Table.Th>
              {Array.from({ length: k }, (_, i) => (
                <Table.Th key={i} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('evaluation.staff.ranking.judgeN', { n: i + 1 })}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('evaluation.staff.ranking.aggregate')}</Table.Th>
              <Table.Th ta="right">{t('evaluation.staff.ranking.bonus')}</Table.Th>
              <Table.Th ta="right">{t('evaluation.staff.ranking.final')}</Table.Th>
              <Table.Th>{t('evaluation.staff.ranking.failed')}</Table.Th>
              <Table.Th>{t('evaluation.staff.ranking.proposal')}</Table.Th>
              {decide ? <Table.Th miw={150}>{t('evaluation.staff.ranking.decision')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranked.applications.map((a) => (
              <Fragment key={a.id}>
                <Row round={round} ranking={ranking} app={a} k={k} last={last} decide={decide} open={open.has(a.id)} onToggle={() => toggle(a.id)} />
                {open.has(a.id) ? (
                  <Table.Tr data-testid="ranking-detail">
                    <Table.Td colSpan={columns} bg="gray.0">
                      <Detail round={round} ranking={ranking} ranked={ranked} app={a} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Row({ round, ranking, app: a, k, last, decide, open, onToggle }: { round: Round; ranking: RoundRanking; app: RankedApplication; k: number; last: boolean; decide: Decide | null; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decisionLabel = useDecisionLabel(last);
  const label = ranking.labels[a.id];
  const sheets = [...a.sheets].sort((x, y) => (ranking.judges[x.judgeId] ?? '').localeCompare(ranking.judges[y.judgeId] ?? '', 'ko'));
  const failed = a.failedCriteria.map((id) => round.criteria.find((c) => c.id === id)?.title ?? id);
  const decision = decide?.decisionFor(a);
  const changed = decision !== undefined && decision !== (a.proposal === 'selected' ? 'advance' : a.proposal === 'reserve' ? 'reserve' : 'rejected');
  const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Table.Tr data-testid="ranking-row" data-application-id={a.id} data-rank={a.rank ?? ''} style={a.proposal === 'failed' ? { color: 'var(--mantine-color-gray-6)' } : undefined}>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={onToggle}
          aria-expanded={open}
          aria-label={t(open ? 'evaluation.staff.ranking.collapse' : 'evaluation.staff.ranking.expand', { name: label?.organizationName ?? '' })}
          data-testid="ranking-expand"
        >
          <ChevronDownIcon size={14} style={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 120ms' }} />
        </ActionIcon>
      </Table.Td>
      <Table.Td style={num}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={700} data-testid="ranking-rank">
            {a.rank ?? '—'}
          </Text>
          {a.tied ? (
            <Tooltip label={t('evaluation.staff.ranking.tiedHint')} withArrow>
              <Badge size="xs" radius="sm" variant="outline" color="yellow" styles={{ label: { overflow: 'visible' } }} data-testid="ranking-tied">
                {t('evaluation.staff.ranking.tied')}
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {label?.receiptNumber ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="ranking-organization">
          {label?.organizationName ?? ''}
        </Text>
      </Table.Td>
      {Array.from({ length: k }, (_, i) => {
        const s = sheets[i];
        if (!s) return <Table.Td key={i} />;
        const name = ranking.judges[s.judgeId] ?? '';
        const value = (
          <Text size="sm" ta="right" td={s.dropped ? 'line-through' : undefined} c={s.dropped ? 'dimmed' : undefined} style={num} data-testid="ranking-judge-total" data-dropped={s.dropped ?? ''}>
            {points(s.total, f.lang)}
          </Text>
        );
        return (
          <Table.Td key={i}>
            <Tooltip label={s.dropped ? `${name} · ${t(`evaluation.staff.ranking.dropped.${s.dropped}`)}` : name} withArrow>
              {value}
            </Tooltip>
          </Table.Td>
        );
      })}
      <Table.Td ta="right" style={num}>
        <Text size="sm" data-testid="ranking-aggregate">
          {a.aggregate === null ? '—' : points(a.aggregate, f.lang)}
        </Text>
        {a.method !== round.method && a.method !== 'none' ? (
          <Text size="xs" c="dimmed">
            {t(`round.methodShort.${a.method}`)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right" style={num}>
        {a.bonus > 0 ? (
          <Tooltip label={a.bonuses.map((b) => `+${points(b.points, f.lang)} ${b.reason}`).join('\n')} withArrow multiline style={{ whiteSpace: 'pre-line' }}>
            <Text size="sm" c="teal.8" fw={600} data-testid="ranking-bonus">
              +{points(a.bonus, f.lang)}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={num}>
        <Text size="sm" fw={700} data-testid="ranking-final">
          {a.final === null ? '—' : points(a.final, f.lang)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {failed.map((title) => (
            <StatusBadge key={title} size="xs" color="red" variant="outline">
              {title}
            </StatusBadge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge color={proposalColor[a.proposal]} data-testid="ranking-proposal">
          {t(`evaluation.staff.proposal.${a.proposal === 'selected' && !last ? 'advance' : a.proposal}`)}
        </StatusBadge>
        {a.selectedBy && typeof a.selectedBy === 'object' ? (
          <Text size="xs" c="dimmed">
            {t('evaluation.staff.ranking.byQuota', { quota: round.quotas.find((q) => q.id === (a.selectedBy as { quota: string }).quota)?.label ?? '' })}
          </Text>
        ) : null}
      </Table.Td>
      {decide && decision ? (
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Select
              size="xs"
              w={128}
              allowDeselect={false}
              value={decision}
              onChange={(v) => v && decide.onChange(a.id, v as Decision)}
              data={decisions.map((d) => ({ value: d, label: decisionLabel(d) }))}
              aria-label={t('evaluation.staff.ranking.decisionFor', { name: label?.organizationName ?? '' })}
              data-testid="ranking-decision"
              styles={{ input: { borderColor: `var(--mantine-color-${decisionColor[decision]}-5)` } }}
            />
            {changed ? (
              <Tooltip label={t('evaluation.staff.ranking.changedHint')} withArrow>
                <Badge size="xs" circle color="orange" aria-label={t('evaluation.staff.ranking.changedHint')} data-testid="ranking-changed">
                  !
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** A row opened: each criterion's mean against its maximum and minimum; with the normalized method each sheet's z-score. */
function Detail({ round, ranking, ranked, app: a }: { round: Round; ranking: RoundRanking; ranked: Ranked; app: RankedApplication }) {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = new Map((ranked.normalization?.judges ?? []).map((j) => [j.judgeId, j]));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" py="xs" maw={960}>
      <Stack gap={4}>
        <Text size="xs" fw={700} c="dimmed">
          {t('evaluation.staff.ranking.criterionMeans')}
        </Text>
        <Table verticalSpacing={2} fz="sm" data-testid="ranking-criteria">
          <Table.Tbody>
            {round.criteria.map((c) => {
              const mean = a.criterionMeans[c.id];
              const failed = a.failedCriteria.includes(c.id);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.title}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} c={failed ? 'red' : undefined}>
                    {mean === undefined ? '—' : `${points(mean, f.lang)} / ${points(c.maxScore, f.lang)}`}
                  </Table.Td>
                  <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {c.minScore !== null ? t('evaluation.staff.ranking.minScore', { min: points(c.minScore, f.lang) }) : ''}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
      {ranked.normalization ? (
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed">
            {t('evaluation.staff.ranking.zScores', { mean: points(ranked.normalization.overallMean, f.lang), sd: points(ranked.normalization.overallSd, f.lang) })}
          </Text>
          <Table verticalSpacing={2} fz="sm" data-testid="ranking-z">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluation.staff.conflicts.judge')}</Table.Th>
                <Table.Th ta="right">{t('evaluation.staff.sheet.total')}</Table.Th>
                <Table.Th ta="right">{t('evaluation.staff.ranking.judgeMeanSd')}</Table.Th>
                <Table.Th ta="right">z</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.sheets.map((s) => {
                const j = stats.get(s.judgeId);
                return (
                  <Table.Tr key={s.judgeId}>
                    <Table.Td>{ranking.judges[s.judgeId] ?? ''}</Table.Td>
                    <Table.Td ta="right">{points(s.total, f.lang)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {j ? `${points(j.mean, f.lang)} ± ${points(j.sd, f.lang)}` : ''}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {s.z === null ? '—' : s.z.toFixed(3)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </SimpleGrid>
  );
}
