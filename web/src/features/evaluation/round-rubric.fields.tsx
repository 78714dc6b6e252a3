import { ActionIcon, Alert, Box, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LockIcon, PlusIcon, TrashIcon } from '../../components/icons';
import { useFormat } from '../../i18n/format';
import { ArrowDownIcon, ArrowUpIcon } from '../forms/form.icons';
import type { RoundForm } from './round.fields';
import { criterionChoice, EARLIER, newCriterion, newTieBreak, weightSum } from './round.form-values';
import { RoundSection } from './round.section';

const MAX_CRITERIA = 30;
const MAX_TIE_BREAKS = 10;
// Number, name, weight, maximum, 과락, comment threshold, row actions; the description spans the inputs under them.
const GRID = '28px minmax(160px, 1fr) 84px 84px 84px 84px 84px';

/**
 * The rubric (배점표): each criterion's name, weight (배점), maximum score, optional 과락 and comment
 * threshold, and a description; the weights' sum is the full score. Read-only once scoring opened.
 */
export function RubricFields({ form, locked }: { form: RoundForm; locked: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const criteria = form.values.criteria;

  const remove = (i: number) => {
    const gone = criteria[i]?.id;
    form.removeListItem('criteria', i);
    // A tie-break on a criterion that is gone would name nothing.
    if (gone) form.setFieldValue('tieBreaks', (rows) => rows.filter((r) => r.choice !== criterionChoice(gone)));
  };
  const add = () => form.insertListItem('criteria', newCriterion(criteria.map((c) => c.id), criteria.length + 1));
  const number = (i: number, field: 'weight' | 'maxScore' | 'minScore' | 'commentBelow', required: boolean) => (
    <NumberInput
      aria-label={t(`round.criterion.${field}Of`, { n: i + 1 })}
      required={required}
      min={0}
      decimalScale={2}
      allowNegative={false}
      hideControls
      disabled={locked}
      placeholder={required ? undefined : t('round.criterion.none')}
      {...form.getInputProps(`criteria.${i}.${field}`)}
    />
  );

  return (
    <RoundSection title={t('round.sections.rubric')} lead={t('round.rubricLead')} error={form.errors.criteria} testId="round-rubric">
      {locked ? (
        <Alert color="gray" variant="light" icon={<LockIcon size={16} />} title={t('round.rubricLockedTitle')} data-testid="rubric-locked">
          {t('round.rubricLocked')}
        </Alert>
      ) : null}
      <Box style={{ overflowX: 'auto' }}>
        <Box miw={640} style={{ display: 'grid', gridTemplateColumns: GRID, gap: '6px 8px', alignItems: 'start' }}>
          <span />
          {(['title', 'weight', 'maxScore', 'minScore', 'commentBelow'] as const).map((c) => (
            <Text key={c} size="xs" fw={600} c="dimmed">
              {t(`round.criterion.${c}`)}
            </Text>
          ))}
          <span />
          {criteria.map((c, i) => (
            <Fragment key={c.key}>
              <Text size="sm" fw={600} c="dimmed" pt={7} ta="center" data-testid="criterion-row">
                {i + 1}
              </Text>
              <TextInput
                aria-label={t('round.criterion.titleOf', { n: i + 1 })}
                placeholder={t('round.criterion.titlePlaceholder')}
                required
                maxLength={200}
                disabled={locked}
                {...form.getInputProps(`criteria.${i}.title`)}
              />
              {number(i, 'weight', true)}
              {number(i, 'maxScore', true)}
              {number(i, 'minScore', false)}
              {number(i, 'commentBelow', false)}
              <Group gap={0} wrap="nowrap" pt={4} style={{ gridRow: 'span 2', visibility: locked ? 'hidden' : undefined }}>
                <ActionIcon variant="subtle" color="gray" size="sm" disabled={locked || i === 0} aria-label={t('round.criterion.moveUp', { n: i + 1 })} onClick={() => form.reorderListItem('criteria', { from: i, to: i - 1 })}>
                  <ArrowUpIcon size={14} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  disabled={locked || i === criteria.length - 1}
                  aria-label={t('round.criterion.moveDown', { n: i + 1 })}
                  onClick={() => form.reorderListItem('criteria', { from: i, to: i + 1 })}
                >
                  <ArrowDownIcon size={14} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" size="sm" disabled={locked || criteria.length === 1} aria-label={t('round.criterion.remove', { n: i + 1 })} onClick={() => remove(i)}>
                  <TrashIcon size={14} />
                </ActionIcon>
              </Group>
              <span />
              {/* Fixed criteria show a description only where there is one. */}
              {locked && !c.description ? (
                <span style={{ gridColumn: '2 / 7' }} />
              ) : (
                <TextInput
                  aria-label={t('round.criterion.descriptionOf', { n: i + 1 })}
                  placeholder={t('round.criterion.descriptionPlaceholder')}
                  size="xs"
                  variant="filled"
                  maxLength={2000}
                  disabled={locked}
                  style={{ gridColumn: '2 / 7' }}
                  mb={6}
                  {...form.getInputProps(`criteria.${i}.description`)}
                />
              )}
            </Fragment>
          ))}
        </Box>
      </Box>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6} style={{ flex: 1 }}>
          {!locked ? (
            <Group>
              <Button variant="light" size="xs" leftSection={<PlusIcon size={14} />} disabled={criteria.length >= MAX_CRITERIA} onClick={add}>
                {t('round.criterion.add')}
              </Button>
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('round.rubricHint')}
          </Text>
        </Stack>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="weight-sum">
          {t('round.weightSum', { total: f.number(weightSum(criteria)) })}
        </Text>
      </Group>
    </RoundSection>
  );
}

/** Tie-breaks in order: a criterion's mean (higher first) or the earlier submission. */
export function TieBreakFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const rows = form.values.tieBreaks;
  const options = [
    ...form.values.criteria.map((c, i) => ({
      value: criterionChoice(c.id),
      label: t('round.tieBreak.criterion', { title: c.title.trim() || t('round.tieBreak.untitled', { n: i + 1 }) }),
    })),
    { value: EARLIER, label: t('round.tieBreak.earlierSubmission') },
  ];

  return (
    <RoundSection title={t('round.sections.tieBreaks')} lead={t('round.tieBreak.lead')} error={form.errors.tieBreaks} testId="round-tie-breaks">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('round.tieBreak.none')}
        </Text>
      ) : null}
      {rows.map((row, i) => {
        const taken = new Set(rows.filter((_, j) => j !== i).map((r) => r.choice));
        return (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start" data-testid="tie-break-row">
            <Select
              aria-label={t('round.tieBreak.label', { n: i + 1 })}
              leftSection={
                <Text size="xs" fw={700} c="dimmed">
                  {i + 1}
                </Text>
              }
              placeholder={t('round.tieBreak.choose')}
              data={options.map((o) => ({ ...o, disabled: taken.has(o.value) }))}
              allowDeselect={false}
              style={{ flex: 1 }}
              maw={480}
              {...form.getInputProps(`tieBreaks.${i}.choice`)}
            />
            <Group gap={0} wrap="nowrap" pt={4}>
              <ActionIcon variant="subtle" color="gray" size="sm" disabled={i === 0} aria-label={t('round.tieBreak.moveUp', { n: i + 1 })} onClick={() => form.reorderListItem('tieBreaks', { from: i, to: i - 1 })}>
                <ArrowUpIcon size={14} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                disabled={i === rows.length - 1}
                aria-label={t('round.tieBreak.moveDown', { n: i + 1 })}
                onClick={() => form.reorderListItem('tieBreaks', { from: i, to: i + 1 })}
              >
                <ArrowDownIcon size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('round.tieBreak.remove', { n: i + 1 })} onClick={() => form.removeListItem('tieBreaks', i)}>
                <TrashIcon size={14} />
              </ActionIcon>
            </Group>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<PlusIcon size={14} />} disabled={rows.length >= MAX_TIE_BREAKS || rows.length >= options.length} onClick={() => form.insertListItem('tieBreaks', newTieBreak())}>
          {t('round.tieBreak.add')}
        </Button>
      </Group>
    </RoundSection>
  );
}
