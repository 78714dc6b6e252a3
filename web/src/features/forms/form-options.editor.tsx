import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { errorAt } from './form-builder.errors';
import { newOption, type DraftField, type DraftOption } from './form-draft';
import { keyFor } from './form-keys';
import { ArrowDownIcon, ArrowUpIcon } from './form.icons';

type Props = { field: DraftField; onChange: (field: DraftField) => void; errors: Record<string, string> | undefined };

/** The choices of a choice question: wording in Korean and English, order, and the value stored for each. */
export function OptionsEditor({ field, onChange, errors }: Props) {
  const { t } = useTranslation();
  const options = field.options ?? [];
  const [showValues, setShowValues] = useState(() => Object.keys(errors ?? {}).some((p) => /^options\.\d+\.value$/.test(p)));
  const set = (next: DraftOption[]) => onChange({ ...field, options: next });
  const setOne = (i: number, o: DraftOption) => set(options.map((x, j) => (j === i ? o : x)));
  const relabel = (i: number, o: DraftOption, label: DraftOption['label']) => {
    const others = options.filter((_, j) => j !== i).map((x) => x.value);
    setOne(i, o.autoValue ? { ...o, label, value: keyFor(label, others, `option${i + 1}`) } : { ...o, label });
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...options];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    set(next);
  };
  const own = errorAt(errors, 'options');

  return (
    <Stack gap={6} data-testid="options-editor">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('formBuilder.options.title')}
        </Text>
        <Checkbox size="xs" label={t('formBuilder.options.showValues')} checked={showValues} onChange={(e) => setShowValues(e.currentTarget.checked)} />
      </Group>
      {options.map((o, i) => {
        const n = i + 1;
        const changedSaved = o.savedValue !== undefined && o.savedValue !== o.value;
        return (
          <Stack key={o.uid} gap={2}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                aria-label={t('formBuilder.options.label', { n })}
                placeholder={t('formBuilder.options.label', { n })}
                value={o.label.ko}
                onChange={(e) => relabel(i, o, { ...o.label, ko: e.currentTarget.value })}
                error={errorAt(errors, `options.${i}.label.ko`, `options.${i}.label`)}
                style={{ flex: 2 }}
              />
              <TextInput
                aria-label={t('formBuilder.options.labelEn', { n })}
                placeholder={t('formBuilder.options.labelEn', { n })}
                value={o.label.en ?? ''}
                onChange={(e) => relabel(i, o, { ko: o.label.ko, en: e.currentTarget.value })}
                error={errorAt(errors, `options.${i}.label.en`)}
                style={{ flex: 2 }}
              />
              {showValues ? (
                <TextInput
                  aria-label={t('formBuilder.options.value', { n })}
                  value={o.value}
                  onChange={(e) => setOne(i, { ...o, value: e.currentTarget.value, autoValue: false })}
                  error={errorAt(errors, `options.${i}.value`)}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  style={{ flex: 1 }}
                />
              ) : null}
              <Group gap={0} wrap="nowrap" mt={4}>
                <ActionIcon variant="subtle" color="gray" size="sm" disabled={i === 0} aria-label={t('formBuilder.options.moveUp', { n })} onClick={() => move(i, -1)}>
                  <ArrowUpIcon size={14} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" size="sm" disabled={i === options.length - 1} aria-label={t('formBuilder.options.moveDown', { n })} onClick={() => move(i, 1)}>
                  <ArrowDownIcon size={14} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('formBuilder.options.remove', { n })} onClick={() => set(options.filter((_, j) => j !== i))}>
                  <TrashIcon size={14} />
                </ActionIcon>
              </Group>
            </Group>
            {showValues && changedSaved ? (
              <Text size="xs" c="orange">
                {t('formBuilder.options.savedValueChanged', { value: o.savedValue })}
              </Text>
            ) : null}
          </Stack>
        );
      })}
      {own ? (
        <Text size="xs" c="red" role="alert" data-testid="options-error">
          {own}
        </Text>
      ) : null}
      <div>
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon size={14} />}
          onClick={() => set([...options, newOption({ ko: t('formBuilder.options.defaultLabel', { n: options.length + 1 }) }, options.map((o) => o.value), options.length + 1)])}
        >
          {t('formBuilder.options.add')}
        </Button>
      </div>
    </Stack>
  );
}
