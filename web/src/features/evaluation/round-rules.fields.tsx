import { ActionIcon, Button, Grid, Group, Input, MultiSelect, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { useLabels } from '../../i18n/labels';
import { organizationKinds, regions } from '../organizations/organization.codes';
import { advanceKinds, type AdvanceKind, type EligibilityRules } from './round.codes';
import type { RoundForm } from './round.fields';
import { newBonus, newQuota } from './round.form-values';
import { RoundSection, Unit } from './round.section';

const MAX_RULES = 20;

/** How applications go on: the first N (with reserves and regional quotas), every one at or above a score, or as staff decide. */
export function AdvanceFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const { advance } = form.values;
  const isKind = (v: string): v is AdvanceKind => advanceKinds.some((k) => k === v);
  return (
    <RoundSection title={t('round.sections.advance')} testId="round-advance">
      <Input.Wrapper label={t('round.advanceKindLabel')} error={form.errors['advance.kind']}>
        <SegmentedControl
          mt={4}
          fullWidth
          maw={520}
          value={advance.kind}
          onChange={(v) => isKind(v) && form.setFieldValue('advance.kind', v)}
          data={advanceKinds.map((k) => ({ value: k, label: t(`round.advanceKind.${k}`) }))}
        />
      </Input.Wrapper>
      {advance.kind === 'staff' ? (
        <Text size="sm" c="dimmed">
          {t('round.advanceStaffHint')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
        {advance.kind === 'rank' ? (
          <NumberInput
            label={t('round.advanceCount')}
            description={t('round.advanceCountHint')}
            required
            min={1}
            allowDecimal={false}
            allowNegative={false}
            rightSection={<Unit>{t('round.placeUnit')}</Unit>}
            {...form.getInputProps('advance.count')}
          />
        ) : null}
        {advance.kind === 'threshold' ? (
          <NumberInput
            label={t('round.advanceScore')}
            description={t('round.advanceScoreHint')}
            required
            min={0}
            decimalScale={2}
            allowNegative={false}
            rightSection={<Unit>{t('round.pointUnit')}</Unit>}
            {...form.getInputProps('advance.score')}
          />
        ) : null}
        <NumberInput
          label={t('round.reserves')}
          description={t('round.reservesHint')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          rightSection={<Unit>{t('round.placeUnit')}</Unit>}
          {...form.getInputProps('reserves')}
        />
      </SimpleGrid>
      <QuotaFields form={form} />
    </RoundSection>
  );
}

/** 할당: at least `min` of the places for applicants from the chosen regions; only with a rank cut-off. */
function QuotaFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { quotas, advance } = form.values;
  const error = form.errors.quotas;
  if (advance.kind !== 'rank') {
    return (
      <Stack gap={4} data-testid="round-quotas">
        <Text size="sm" fw={600}>
          {t('round.quota.title')}
        </Text>
        <Text size="xs" c={quotas.length ? 'orange.8' : 'dimmed'}>
          {quotas.length ? t('round.quota.dropped', { count: quotas.length }) : t('round.quota.onlyRank')}
        </Text>
        {error ? (
          <Text size="sm" c="red" role="alert" data-section-error>
            {error}
          </Text>
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" data-testid="round-quotas">
      <div>
        <Text size="sm" fw={600}>
          {t('round.quota.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('round.quota.lead')}
        </Text>
      </div>
      {quotas.map((q, i) => (
        <Paper key={q.key} withBorder p="sm" radius="md" data-testid="quota-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Grid gap="sm" style={{ flex: 1 }}>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput label={t('round.quota.label')} placeholder={t('round.quota.labelPlaceholder')} required maxLength={200} {...form.getInputProps(`quotas.${i}.label`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <NumberInput
                  label={t('round.quota.min')}
                  required
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  rightSection={<Unit>{t('round.placeUnit')}</Unit>}
                  {...form.getInputProps(`quotas.${i}.min`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <MultiSelect
                  label={t('round.quota.regions')}
                  placeholder={q.regions.length ? undefined : t('round.choose')}
                  required
                  data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
                  searchable
                  clearable
                  {...form.getInputProps(`quotas.${i}.regions`)}
                />
              </Grid.Col>
            </Grid>
            <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('round.quota.remove', { n: i + 1 })} onClick={() => form.removeListItem('quotas', i)}>
              <TrashIcon size={16} />
            </ActionIcon>
          </Group>
          <OtherConditions when={q.rest} />
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon size={14} />}
          disabled={quotas.length >= MAX_RULES}
          onClick={() => form.insertListItem('quotas', newQuota(quotas.map((x) => x.id)))}
        >
          {t('round.quota.add')}
        </Button>
      </Group>
      {error ? (
        <Text size="sm" c="red" role="alert" data-section-error data-testid="quotas-error">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** 가점: points for applicants meeting every condition of a rule, capped in all by maxBonus. */
export function BonusFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rules = form.values.bonusRules;
  return (
    <RoundSection title={t('round.sections.bonus')} lead={t('round.bonus.lead')} error={form.errors.bonusRules} testId="round-bonus">
      {rules.map((b, i) => (
        <Paper key={b.key} withBorder p="sm" radius="md" data-testid="bonus-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Stack gap="sm" style={{ flex: 1 }}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('round.bonus.label')}
                  placeholder={t('round.bonus.labelPlaceholder')}
                  required
                  maxLength={200}
                  style={{ gridColumn: 'span 2' }}
                  {...form.getInputProps(`bonusRules.${i}.label`)}
                />
                <NumberInput
                  label={t('round.bonus.points')}
                  required
                  min={0}
                  decimalScale={2}
                  allowNegative={false}
                  rightSection={<Unit>{t('round.pointUnit')}</Unit>}
                  {...form.getInputProps(`bonusRules.${i}.points`)}
                />
              </SimpleGrid>
              <Text size="xs" fw={600} c="dimmed">
                {t('round.bonus.conditions')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <MultiSelect
                  label={t('round.bonus.regions')}
                  placeholder={b.regions.length ? undefined : t('round.any')}
                  data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
                  searchable
                  clearable
                  {...form.getInputProps(`bonusRules.${i}.regions`)}
                />
                <MultiSelect
                  label={t('round.bonus.kinds')}
                  placeholder={b.organizationKinds.length ? undefined : t('round.any')}
                  data={organizationKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
                  clearable
                  {...form.getInputProps(`bonusRules.${i}.organizationKinds`)}
                />
                <NumberInput
                  label={t('round.bonus.maxYears')}
                  placeholder={t('round.any')}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  rightSection={<Unit>{t('eligibility.yearsUnit')}</Unit>}
                  rightSectionWidth={64}
                  {...form.getInputProps(`bonusRules.${i}.maxYearsInBusiness`)}
                />
                <NumberInput
                  label={t('round.bonus.founderMaxAge')}
                  placeholder={t('round.any')}
                  min={15}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  rightSection={<Unit>{t('eligibility.ageUnit')}</Unit>}
                  rightSectionWidth={64}
                  {...form.getInputProps(`bonusRules.${i}.founderMaxAge`)}
                />
              </SimpleGrid>
              <OtherConditions when={b.rest} />
            </Stack>
            <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('round.bonus.remove', { n: i + 1 })} onClick={() => form.removeListItem('bonusRules', i)}>
              <TrashIcon size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon size={14} />}
          disabled={rules.length >= MAX_RULES}
          onClick={() => form.insertListItem('bonusRules', newBonus(rules.map((x) => x.id)))}
        >
          {t('round.bonus.add')}
        </Button>
        <NumberInput
          label={t('round.maxBonus')}
          description={t('round.maxBonusHint')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          rightSection={<Unit>{t('round.pointUnit')}</Unit>}
          w={280}
          {...form.getInputProps('maxBonus')}
        />
      </Group>
    </RoundSection>
  );
}

/** Conditions of a saved rule this dialog has no inputs for (set through the API): named, and kept as they are. */
function OtherConditions({ when }: { when: EligibilityRules }) {
  const { t } = useTranslation();
  const keys = Object.keys(when) as (keyof EligibilityRules)[];
  if (!keys.length) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      {t('round.otherConditions', { rules: keys.map((k) => t(`eligibility.rule.${k}`)).join(', ') })}
    </Text>
  );
}
