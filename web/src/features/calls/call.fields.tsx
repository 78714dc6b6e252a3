import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CallEligibilityFields, type SavedEligibility } from './call-eligibility.fields';
import type { CallFormValues } from './call.form-values';

/** The fields of a call, shared by the create and edit dialogs. */
export function CallFields({ form, cohorts, savedEligibility }: { form: UseFormReturnType<CallFormValues>; cohorts: { id: string; name: string }[]; savedEligibility?: SavedEligibility }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput label={t('call.title')} placeholder={t('call.titlePlaceholder')} required maxLength={200} {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="datetime-local" label={t('call.opensAt')} description={t('call.koreaTime')} required {...form.getInputProps('opensAt')} />
        <TextInput type="datetime-local" label={t('call.closesAt')} description={t('call.koreaTime')} required {...form.getInputProps('closesAt')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('call.cohort')}
          placeholder={cohorts.length ? t('call.cohortNone') : t('call.noCohorts')}
          data={cohorts.map((c) => ({ value: c.id, label: c.name }))}
          disabled={cohorts.length === 0}
          clearable
          {...form.getInputProps('cohortId')}
        />
        <NumberInput
          label={t('call.selectCount')}
          description={t('call.selectCountHint')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          {...form.getInputProps('selectCount')}
        />
      </SimpleGrid>
      <TextInput label={t('call.contact')} placeholder={t('call.contactPlaceholder')} maxLength={500} {...form.getInputProps('contact')} />
      <CallEligibilityFields form={form} saved={savedEligibility} />
      <Textarea
        label={t('call.body')}
        description={t('call.bodyHint')}
        autosize
        minRows={8}
        maxRows={20}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        {...form.getInputProps('body')}
      />
    </Stack>
  );
}
