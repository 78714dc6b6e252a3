import { Alert, NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fewJudgesChoices, roundMethods, TRIM_MIN_JUDGES, type FewJudges, type RoundMethod } from './round.codes';
import type { RoundFormValues } from './round.form-values';
import { AdvanceFields, BonusFields } from './round-rules.fields';
import { RubricFields, TieBreakFields } from './round-rubric.fields';
import { RoundSection, Unit } from './round.section';

export type RoundForm = UseFormReturnType<RoundFormValues>;

/** Every part of a round in the dialog: basics, rubric, method, tie-breaks, cut-off with quotas, bonus points. */
export function RoundFields({ form, locked }: { form: RoundForm; locked: boolean }) {
  return (
    <Stack gap="xl">
      <BasicFields form={form} />
      <RubricFields form={form} locked={locked} />
      <MethodFields form={form} />
      <TieBreakFields form={form} />
      <AdvanceFields form={form} />
      <BonusFields form={form} />
    </Stack>
  );
}

function BasicFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  return (
    <RoundSection title={t('round.sections.basics')}>
      <TextInput label={t('round.name')} placeholder={t('round.namePlaceholder')} required maxLength={100} {...form.getInputProps('name')} />
      <Textarea label={t('round.description')} placeholder={t('round.descriptionPlaceholder')} autosize minRows={2} maxRows={6} maxLength={4000} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="datetime-local" label={t('round.scoringOpensAt')} description={t('round.koreaTime')} required {...form.getInputProps('scoringOpensAt')} />
        <TextInput type="datetime-local" label={t('round.scoringClosesAt')} description={t('round.koreaTime')} required {...form.getInputProps('scoringClosesAt')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('round.judgesPerApplication')}
          description={t('round.judgesPerApplicationHint')}
          required
          min={1}
          allowDecimal={false}
          allowNegative={false}
          rightSection={<Unit>{t('round.personUnit')}</Unit>}
          {...form.getInputProps('judgesPerApplication')}
        />
        <NumberInput
          label={t('round.conflictYears')}
          description={t('round.conflictYearsHint')}
          required
          min={0}
          allowDecimal={false}
          allowNegative={false}
          rightSection={<Unit>{t('round.yearUnit')}</Unit>}
          rightSectionWidth={64}
          {...form.getInputProps('conflictYears')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Switch label={t('round.blind')} description={t('round.blindHint')} {...form.getInputProps('blind', { type: 'checkbox' })} />
        <Switch label={t('round.publishScores')} description={t('round.publishScoresHint')} {...form.getInputProps('publishScores', { type: 'checkbox' })} />
      </SimpleGrid>
    </RoundSection>
  );
}

function MethodFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  const { method, judgesPerApplication } = form.values;
  const isMethod = (v: string | null): v is RoundMethod => roundMethods.some((m) => m === v);
  const isFew = (v: string | null): v is FewJudges => fewJudgesChoices.some((m) => m === v);
  return (
    <RoundSection title={t('round.sections.method')}>
      <Select
        label={t('round.methodLabel')}
        description={t(`round.methodHint.${method}`, { n: TRIM_MIN_JUDGES })}
        data={roundMethods.map((m) => ({ value: m, label: t(`round.method.${m}`) }))}
        allowDeselect={false}
        maw={420}
        value={method}
        onChange={(v) => isMethod(v) && form.setFieldValue('method', v)}
        error={form.errors.method}
      />
      {method === 'trimmedMean' ? (
        <Stack gap="xs" data-testid="few-judges">
          <Select
            label={t('round.fewJudgesLabel', { n: TRIM_MIN_JUDGES })}
            description={t('round.fewJudgesHint', { n: TRIM_MIN_JUDGES })}
            data={fewJudgesChoices.map((m) => ({ value: m, label: t(`round.fewJudges.${m}`) }))}
            allowDeselect={false}
            maw={420}
            value={form.values.fewJudges}
            onChange={(v) => isFew(v) && form.setFieldValue('fewJudges', v)}
            error={form.errors.fewJudges}
          />
          {typeof judgesPerApplication === 'number' && judgesPerApplication < TRIM_MIN_JUDGES ? (
            <Alert color="orange" variant="light" p="xs" data-testid="few-judges-warning">
              {t('round.fewJudgesWarning', { judges: judgesPerApplication, n: TRIM_MIN_JUDGES, how: t(`round.fewJudges.${form.values.fewJudges}`) })}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </RoundSection>
  );
}
