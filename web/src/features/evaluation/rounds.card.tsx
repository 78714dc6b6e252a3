import { Badge, Button, Card, Center, Group, Loader, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/form-errors';
import { PlusIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import { RowActions } from '../../components/row-actions';
import { RouterAnchor } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import type { Call } from '../calls/call.codes';
import { roundStatusColor, TRIM_MIN_JUDGES, type Round } from './round.codes';
import { RoundDeleteModal } from './round-delete.modal';
import { RoundModal } from './round.modal';
import { roundsQuery } from './round.queries';

/**
 * The evaluation rounds (심사 단계) of a call for its staff, in order: each round's scoring window,
 * status, method, judges, cut-off and full score; they add, edit and delete rounds here.
 */
export function RoundsCard({ call }: { call: Call }) {
  const { t } = useTranslation();
  const query = useQuery(roundsQuery(call.id));
  const [editing, setEditing] = useState<Round | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Round | null>(null);

  return (
    <Card data-testid="call-rounds">
      <SectionTitle
        right={
          <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => setEditing('new')}>
            {t('round.add')}
          </Button>
        }
      >
        {t('round.title')}
      </SectionTitle>
      {query.isPending ? (
        <Center py="md">
          <Loader type="dots" size="sm" />
        </Center>
      ) : query.isError ? (
        <ProblemAlert>{problemMessage(query.error, t('common.tryAgainLater'))}</ProblemAlert>
      ) : query.data.length === 0 ? (
        <Stack gap={4} data-testid="rounds-empty">
          <Text size="sm" c="dimmed">
            {t('round.none')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('round.noneHint')}
          </Text>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={980}>
            <Table verticalSpacing="sm" data-testid="rounds-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th miw={180}>{t('round.columns.name')}</Table.Th>
                  <Table.Th>{t('round.columns.window')}</Table.Th>
                  <Table.Th>{t('round.columns.status')}</Table.Th>
                  <Table.Th>{t('round.columns.method')}</Table.Th>
                  <Table.Th>{t('round.columns.judges')}</Table.Th>
                  <Table.Th>{t('round.columns.advance')}</Table.Th>
                  <Table.Th ta="right">{t('round.columns.maxTotal')}</Table.Th>
                  <Table.Th w={84}>
                    <VisuallyHidden>{t('round.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.map((round) => (
                  <RoundRow key={round.id} round={round} onEdit={() => setEditing(round)} onDelete={() => setDeleting(round)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('round.footnote')}
          </Text>
        </Stack>
      )}
      <RoundModal opened={editing !== null} onClose={() => setEditing(null)} call={call} round={editing === 'new' ? undefined : (editing ?? undefined)} />
      <RoundDeleteModal round={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}

// A badge's label clips by default, and a table cell then shrinks it to nothing: keep its words whole.
const whole = { label: { overflow: 'visible' } } as const;

function RoundRow({ round, onEdit, onDelete }: { round: Round; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const points = (v: number) => t('round.pointsValue', { value: f.number(v) });
  const advance =
    round.advance.kind === 'rank'
      ? t('round.advanceSummary.rank', { count: round.advance.count, formatted: f.number(round.advance.count) })
      : round.advance.kind === 'threshold'
        ? t('round.advanceSummary.threshold', { score: points(round.advance.score) })
        : t('round.advanceSummary.staff');
  const extras = [
    round.reserves > 0 ? t('round.reservesValue', { count: round.reserves, formatted: f.number(round.reserves) }) : null,
    round.quotas.length > 0 ? t('round.quotasValue', { count: round.quotas.length }) : null,
  ].filter((x): x is string => x !== null);

  return (
    <Table.Tr data-testid="round-row" data-round-id={round.id} data-status={round.status}>
      <Table.Td>
        <Group gap={8} wrap="nowrap" align="baseline">
          <Text size="xs" fw={700} c="brand.7" style={{ whiteSpace: 'nowrap' }} data-testid="round-position">
            {t('round.position', { n: round.position })}
          </Text>
          <RouterAnchor to="/rounds/$roundId" params={{ roundId: round.id }} size="sm" fw={600} data-testid="round-name" style={{ overflowWrap: 'anywhere' }}>
            {round.name}
          </RouterAnchor>
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('round.criteriaCount', { count: round.criteria.length })}
          {round.bonusRules.length ? ` · ${t('round.bonusCount', { count: round.bonusRules.length })}` : ''}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="round-window">
        <Text size="sm">{f.dateTime(round.scoringOpensAt)} ~</Text>
        <Text size="sm">{f.dateTime(round.scoringClosesAt)}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Tooltip label={t(`round.statusHint.${round.status}`)} withArrow>
          <Badge styles={whole} variant={round.status === 'scoring' ? 'filled' : 'light'} color={roundStatusColor[round.status]} radius="sm" data-testid="round-status">
            {t(`round.status.${round.status}`)}
          </Badge>
        </Tooltip>
      </Table.Td>
      <Table.Td data-testid="round-method">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t(`round.methodShort.${round.method}`)}
        </Text>
        {round.method === 'trimmedMean' ? (
          <Text size="xs" c="dimmed">
            {t('round.fewJudgesShort', { n: TRIM_MIN_JUDGES, how: t(`round.fewJudges.${round.fewJudges}`) })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td data-testid="round-judges" style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{t('round.judgesValue', { count: round.judgesPerApplication })}</Text>
          {round.blind ? (
            <Badge size="xs" variant="outline" color="gray" radius="sm" styles={whole}>
              {t('round.blindBadge')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td data-testid="round-advance">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {advance}
        </Text>
        {extras.length ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {extras.join(' · ')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right" data-testid="round-max-total">
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {points(round.maxTotal)}
        </Text>
        {round.maxBonus > 0 ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('round.maxBonusValue', { bonus: points(round.maxBonus) })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <RowActions
            editLabel={round.permissions.update ? t('round.editAria', { name: round.name }) : undefined}
            deleteLabel={round.permissions.delete ? t('round.deleteAria', { name: round.name }) : undefined}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
