import { ActionIcon, Badge, Box, Button, Divider, Group, List, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { organizationKinds, regions } from '../organizations/organization.codes';
import { supportKinds } from '../support-records/support-record.codes';
import { previewStatements } from './call-eligibility.statements';
import { eligibilityValuesOf, ksicError, LIMITS, newSupportRow, rulesOf, type EligibilityRules, type RuleKey } from './call-eligibility.values';
import type { CallFormValues } from './call.form-values';

type Form = UseFormReturnType<CallFormValues>;
/** What the server says of the saved call: its rules and their statements. */
export type SavedEligibility = { rules: EligibilityRules; statements: { rule: string; ko: string; en: string }[] };

/**
 * 신청 자격 of a call in the create and edit dialogs: each rule switched on with its inputs, and
 * below them the words applicants will read.
 */
export function CallEligibilityFields({ form, saved }: { form: Form; saved?: SavedEligibility }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const v = form.values.eligibility;
  const path = (key: string) => `eligibility.${key}` as const;

  const toggle = (key: RuleKey, on: boolean) => {
    form.setFieldValue(`eligibility.enabled.${key}`, on);
    if (on && key === 'notSupportedWithin' && v.notSupportedWithin.length === 0) form.insertListItem(path('notSupportedWithin'), newSupportRow());
    // A rule switched off is not sent, so its errors no longer apply.
    if (!on) form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([p]) => p !== path(key) && !p.startsWith(`${path(key)}.`))));
  };

  const removeRow = (index: number) => {
    form.removeListItem(path('notSupportedWithin'), index);
    if (v.notSupportedWithin.length === 1) form.setFieldValue('eligibility.enabled.notSupportedWithin', false);
  };

  const revenue = typeof v.maxRevenueKRW === 'number' ? v.maxRevenueKRW : null;
  const sectionError = form.errors.eligibility ?? form.errors['eligibility.notSupportedWithin'];

  return (
    <Stack gap="xs" data-testid="call-eligibility-fields">
      <div>
        <Text fw={600} size="sm">
          {t('eligibility.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('eligibility.lead')}
        </Text>
      </div>
      <Paper withBorder radius="md">
        {([
          [
            'maxYearsInBusiness',
            <NumberInput
              label={t('eligibility.yearsLabel')}
              description={t('eligibility.yearsHint')}
              rightSection={<Unit>{t('eligibility.yearsUnit')}</Unit>}
              rightSectionWidth={64}
              min={LIMITS.years[0]}
              max={LIMITS.years[1]}
              allowDecimal={false}
              allowNegative={false}
              maw={280}
              {...form.getInputProps(path('maxYearsInBusiness'))}
            />,
          ],
          [
            'organizationKinds',
            <MultiSelect
              label={t('eligibility.kindsLabel')}
              placeholder={v.organizationKinds.length ? undefined : t('eligibility.choose')}
              data={organizationKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
              clearable
              {...form.getInputProps(path('organizationKinds'))}
            />,
          ],
          [
            'regions',
            <MultiSelect
              label={t('eligibility.regionsLabel')}
              placeholder={v.regions.length ? undefined : t('eligibility.choose')}
              data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
              searchable
              clearable
              {...form.getInputProps(path('regions'))}
            />,
          ],
          [
            'ksicPrefixes',
            <TagsInput
              label={t('eligibility.ksicLabel')}
              description={t('eligibility.ksicHint')}
              placeholder={v.ksicPrefixes.length ? undefined : t('eligibility.ksicPlaceholder')}
              splitChars={[',', ' ']}
              clearable
              {...form.getInputProps(path('ksicPrefixes'))}
              onChange={(next) => {
                form.setFieldValue(path('ksicPrefixes'), next);
                // Told at once, not on saving: a prefix that is not digits can never match.
                const error = next.length ? ksicError(t, next) : null;
                if (error) form.setFieldError(path('ksicPrefixes'), error);
                else form.clearFieldError(path('ksicPrefixes'));
              }}
            />,
          ],
          [
            'founderMaxAge',
            <NumberInput
              label={t('eligibility.ageLabel')}
              description={t('eligibility.ageHint')}
              rightSection={<Unit>{t('eligibility.ageUnit')}</Unit>}
              rightSectionWidth={64}
              min={LIMITS.age[0]}
              max={LIMITS.age[1]}
              allowDecimal={false}
              allowNegative={false}
              maw={280}
              {...form.getInputProps(path('founderMaxAge'))}
            />,
          ],
          [
            'maxRevenueKRW',
            <NumberInput
              label={t('eligibility.revenueLabel')}
              description={revenue !== null ? t('eligibility.revenueIs', { amount: f.krw(revenue) }) : t('eligibility.revenueHint')}
              rightSection={<Unit>{t('eligibility.wonUnit')}</Unit>}
              rightSectionWidth={48}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              maw={360}
              {...form.getInputProps(path('maxRevenueKRW'))}
            />,
          ],
          [
            'notSupportedWithin',
            <Stack gap="xs">
              {v.notSupportedWithin.map((row, i) => (
                <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap" data-testid="support-row">
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
                    <Select
                      label={t('eligibility.supportKind')}
                      placeholder={t('eligibility.supportKindAny')}
                      data={supportKinds.map((k) => ({ value: k, label: labels.supportKind(k) }))}
                      clearable
                      {...form.getInputProps(`${path('notSupportedWithin')}.${i}.supportKind`)}
                    />
                    <TextInput
                      label={t('eligibility.supportProgram')}
                      placeholder={t('eligibility.supportProgramPlaceholder')}
                      maxLength={200}
                      {...form.getInputProps(`${path('notSupportedWithin')}.${i}.program`)}
                    />
                    <NumberInput
                      label={t('eligibility.supportYears')}
                      rightSection={<Unit>{t('eligibility.supportYearsUnit')}</Unit>}
                      rightSectionWidth={64}
                      min={LIMITS.supportYears[0]}
                      max={LIMITS.supportYears[1]}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps(`${path('notSupportedWithin')}.${i}.years`)}
                    />
                  </SimpleGrid>
                  <ActionIcon variant="subtle" color="gray" mt={26} size="lg" aria-label={t('eligibility.supportRemove', { row: i + 1 })} onClick={() => removeRow(i)}>
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<PlusIcon size={14} />}
                  disabled={v.notSupportedWithin.length >= LIMITS.supportRows}
                  onClick={() => form.insertListItem(path('notSupportedWithin'), newSupportRow())}
                >
                  {t('eligibility.supportAdd')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('eligibility.supportHint')}
                </Text>
              </Group>
            </Stack>,
          ],
        ] satisfies [RuleKey, ReactNode][]).map(([key, inputs], i) => (
          <Fragment key={key}>
            {i > 0 ? <Divider /> : null}
            <Rule name={key} on={v.enabled[key]} onChange={(on) => toggle(key, on)}>
              {inputs}
            </Rule>
          </Fragment>
        ))}
      </Paper>
      {sectionError ? (
        <Text size="sm" c="red" role="alert">
          {sectionError}
        </Text>
      ) : null}
      <EligibilityPreview rules={rulesOf(v)} saved={saved} />
    </Stack>
  );
}

function Rule({ name, on, onChange, children }: { name: RuleKey; on: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box px="md" py="sm" data-testid={`rule-${name}`}>
      <Switch label={t(`eligibility.rule.${name}`)} description={t(`eligibility.ruleHint.${name}`)} checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      {on ? (
        <Box pl={{ base: 0, sm: 50 }} pt="sm">
          {children}
        </Box>
      ) : null}
    </Box>
  );
}

function Unit({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" pr={8} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}

/**
 * What applicants will read. Unchanged rules of a saved call show the server's own statements;
 * edits show the same sentences written here, as of today, until saved.
 */
function EligibilityPreview({ rules, saved }: { rules: EligibilityRules; saved?: SavedEligibility }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const asSaved = !!saved && JSON.stringify(rulesOf(eligibilityValuesOf(saved.rules))) === JSON.stringify(rules);
  const lines = asSaved ? saved.statements.map((s) => (i18n.language === 'en' ? s.en : s.ko)) : previewStatements(rules, t, labels, i18n.language).map((s) => s.text);
  return (
    <Paper bg="gray.0" p="sm" radius="md" data-testid="eligibility-preview" data-source={asSaved ? 'server' : 'draft'}>
      <Group justify="space-between" gap="xs" mb={6}>
        <Text size="sm" fw={600}>
          {t('eligibility.previewTitle')}
        </Text>
        <Badge size="sm" radius="sm" variant="light" color={asSaved ? 'teal' : 'blue'}>
          {asSaved ? t('eligibility.previewSaved') : t('eligibility.previewDraft')}
        </Badge>
      </Group>
      {lines.length ? (
        <List size="sm" spacing={4}>
          {lines.map((line, i) => (
            <List.Item key={i}>{line}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('eligibility.previewNone')}
        </Text>
      )}
    </Paper>
  );
}
