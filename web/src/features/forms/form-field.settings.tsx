import { Group, MultiSelect, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorAt } from './form-builder.errors';
import { ColumnsEditor } from './form-columns.editor';
import { FILE_KINDS, type DraftField, type FileKind } from './form-draft';
import { OptionsEditor } from './form-options.editor';

type Props = { field: DraftField; onChange: (field: DraftField) => void; errors: Record<string, string> | undefined };

const numberOrNothing = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The settings only some types have: length limits, bounds, choices, columns, file kinds and size. */
export function FieldSettings({ field, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<DraftField>) => {
    const next = { ...field, ...patch };
    for (const k of Object.keys(patch) as (keyof DraftField)[]) if (next[k] === undefined) delete next[k];
    onChange(next);
  };
  const num = (prop: 'minLength' | 'maxLength' | 'min' | 'max' | 'maxSelections' | 'maxRows' | 'maxSizeMb', label: string, extra: { description?: string; min?: number; max?: number; allowDecimal?: boolean } = {}) => (
    <NumberInput
      label={label}
      value={field[prop] ?? ''}
      onChange={(v) => set({ [prop]: numberOrNothing(v) })}
      error={errorAt(errors, prop)}
      allowDecimal={extra.allowDecimal ?? false}
      min={extra.min}
      max={extra.max}
      description={extra.description}
      thousandSeparator=","
      clampBehavior="none"
      w={180}
    />
  );

  switch (field.type) {
    case 'text':
    case 'textarea':
      return (
        <Group gap="md" align="flex-start">
          {num('minLength', t('formBuilder.settings.minLength'), { min: 0 })}
          {num('maxLength', t('formBuilder.settings.maxLength'), { min: 1, description: t('formBuilder.settings.maxLengthDefault', { count: field.type === 'text' ? 200 : 4000 }) })}
        </Group>
      );
    case 'number':
    case 'amount':
      return (
        <Group gap="md" align="flex-start">
          {num('min', t('formBuilder.settings.min'), { allowDecimal: field.type === 'number', description: field.type === 'amount' ? t('formBuilder.settings.amountMinDefault') : undefined })}
          {num('max', t('formBuilder.settings.max'), { allowDecimal: field.type === 'number' })}
        </Group>
      );
    case 'choice':
      return <OptionsEditor field={field} onChange={onChange} errors={errors} />;
    case 'multiChoice':
      return (
        <>
          <OptionsEditor field={field} onChange={onChange} errors={errors} />
          {num('maxSelections', t('formBuilder.settings.maxSelections'), { min: 1, description: t('formBuilder.settings.noLimit') })}
        </>
      );
    case 'table':
      return (
        <>
          <ColumnsEditor field={field} onChange={onChange} errors={errors} />
          {num('maxRows', t('formBuilder.settings.maxRows'), { min: 1, max: 500, description: t('formBuilder.settings.noLimit') })}
        </>
      );
    case 'file':
      return (
        <Group gap="md" align="flex-start" wrap="wrap">
          <MultiSelect
            label={t('formBuilder.settings.accept')}
            description={t('formBuilder.settings.acceptHint')}
            data={FILE_KINDS.map((k) => ({ value: k, label: k.toUpperCase() }))}
            value={field.accept ?? []}
            onChange={(v) => set({ accept: v.length ? (v as FileKind[]) : undefined })}
            error={errorAt(errors, 'accept')}
            clearable
            style={{ flex: '1 1 260px' }}
          />
          {num('maxSizeMb', t('formBuilder.settings.maxSizeMb'), { min: 1, max: 100, description: t('formBuilder.settings.maxSizeDefault') })}
        </Group>
      );
    default:
      return null;
  }
}
