import { Chip, Divider, Group, Input, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { supportKinds, type SupportKind } from '../support-records/support-record.codes';
import { programStages, programTypes, type ProgramStage } from './program.codes';
import type { ProgramFormValues } from './program.form-values';
import { ProgramPartnersField } from './program-partners.field';

/** Every field of a program, shared by the create and edit dialogs. */
export function ProgramFields<V extends ProgramFormValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  // The form's generic type hides the field types; these are the fields every V has.
  const values = form.getValues() as ProgramFormValues;
  const budget = typeof values.budgetKrw === 'number' ? values.budgetKrw : null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('program.name')} placeholder={t('program.namePlaceholder')} required maxLength={200} {...form.getInputProps('name')} />
        <TextInput label={t('program.nameEn')} maxLength={200} {...form.getInputProps('nameEn')} />
        <Select
          label={t('program.type')}
          required
          data={programTypes.map((v) => ({ value: v, label: labels.programType(v) }))}
          {...form.getInputProps('type')}
        />
        <NumberInput
          label={t('program.budget')}
          description={budget !== null ? f.krw(budget) : t('program.budgetHint')}
          thousandSeparator=","
          min={0}
          allowDecimal={false}
          allowNegative={false}
          suffix={f.lang === 'en' ? undefined : ' 원'}
          prefix={f.lang === 'en' ? '₩' : undefined}
          {...form.getInputProps('budgetKrw')}
        />
        <DateInput label={t('program.startedOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('startedOn')} />
        <DateInput label={t('program.endedOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('endedOn')} />
      </SimpleGrid>
      <Input.Wrapper label={t('program.stages')} description={t('program.stagesHint')} error={form.errors.stages}>
        <Chip.Group multiple value={values.stages} onChange={(v) => form.setFieldValue('stages', programStages.filter((s) => v.includes(s)) as never)}>
          <Group gap={6} mt={6}>
            {programStages.map((s: ProgramStage) => (
              <Chip key={s} value={s} size="sm" variant="outline">
                {labels.programStage(s)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <MultiSelect
        label={t('program.supportKinds')}
        description={t('program.supportKindsHint')}
        data={supportKinds.map((k: SupportKind) => ({ value: k, label: labels.supportKind(k) }))}
        clearable
        {...form.getInputProps('supportKinds')}
      />
      <Textarea label={t('program.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
      <Divider />
      <ProgramPartnersField value={values.partners} onChange={(p) => form.setFieldValue('partners', p as never)} errors={form.errors} />
    </Stack>
  );
}
