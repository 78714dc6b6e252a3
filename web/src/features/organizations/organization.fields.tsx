import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { brnError, tidyBrn } from './brn.validate';
import { organizationKinds, regions, stages } from './organization.codes';
import type { OrganizationFormValues } from './organization.form-values';

/** The organization's own fields, shared by the create page and the edit dialog. */
export function OrganizationFields<V extends OrganizationFormValues>({ form, brnEditable = true }: { form: UseFormReturnType<V>; brnEditable?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('organization.name')} required withAsterisk {...form.getInputProps('name')} />
        <TextInput label={t('organization.nameEn')} {...form.getInputProps('nameEn')} />
        <TextInput
          label={t('organization.brn')}
          description={t('organization.brnHint')}
          placeholder="123-45-67890"
          inputMode="numeric"
          disabled={!brnEditable}
          {...form.getInputProps('businessRegistrationNumber')}
          onBlur={(e) => {
            const value = tidyBrn(e.currentTarget.value);
            form.setFieldValue('businessRegistrationNumber', value as never);
            form.setFieldError('businessRegistrationNumber', brnError(t, value));
          }}
        />
        <Select
          label={t('organization.kind')}
          required
          withAsterisk
          allowDeselect={false}
          data={organizationKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
          {...form.getInputProps('kind')}
        />
        <DateInput label={t('organization.foundedOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable maxDate={new Date()} {...form.getInputProps('foundedOn')} />
        <Select
          label={t('organization.region')}
          searchable
          clearable
          data={regions.map((r) => ({ value: r, label: labels.region(r) }))}
          {...form.getInputProps('region')}
        />
        <TextInput label={t('organization.ksic')} description={t('organization.ksicHint')} placeholder="52101" {...form.getInputProps('ksicCode')} />
        <Select label={t('organization.stage')} clearable data={stages.map((s) => ({ value: s, label: labels.stage(s) }))} {...form.getInputProps('stage')} />
        <TextInput label={t('organization.representative')} {...form.getInputProps('representative')} />
        <TextInput label={t('organization.website')} placeholder="https://" {...form.getInputProps('website')} />
        <TextInput label={t('organization.contactEmail')} type="email" {...form.getInputProps('contactEmail')} />
        <TextInput label={t('organization.contactPhone')} type="tel" {...form.getInputProps('contactPhone')} />
        <DateInput
          label={t('organization.representativeBirthDate')}
          description={t('organization.representativeBirthDateHint')}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearable
          maxDate={new Date()}
          {...form.getInputProps('representativeBirthDate')}
        />
        <SimpleGrid cols={2} spacing="xs">
          <NumberInput label={t('organization.revenueKRW')} description={t('organization.revenueHint')} thousandSeparator="," min={0} allowDecimal={false} allowNegative={false} suffix=" 원" {...form.getInputProps('revenueKRW')} />
          <NumberInput label={t('organization.revenueYear')} min={1900} max={2100} allowDecimal={false} thousandSeparator={false} {...form.getInputProps('revenueYear')} />
        </SimpleGrid>
      </SimpleGrid>
      <Textarea label={t('organization.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea label={t('organization.products')} autosize minRows={2} {...form.getInputProps('products')} />
        <Textarea label={t('organization.technologies')} autosize minRows={2} {...form.getInputProps('technologies')} />
      </SimpleGrid>
    </Stack>
  );
}
