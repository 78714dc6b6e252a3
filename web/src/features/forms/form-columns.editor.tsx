import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { errorAt } from './form-builder.errors';
import { COLUMN_TYPES, newColumn, type ColumnType, type DraftColumn, type DraftField } from './form-draft';
import { KEY_PATTERN, keyFor } from './form-keys';
import { ArrowDownIcon, ArrowUpIcon } from './form.icons';

type Props = { field: DraftField; onChange: (field: DraftField) => void; errors: Record<string, string> | undefined };

/** The columns of a table question: name, type, required, and the key each cell is stored under. */
export function ColumnsEditor({ field, onChange, errors }: Props) {
  const { t } = useTranslation();
  const columns = field.columns ?? [];
  const set = (next: DraftColumn[]) => onChange({ ...field, columns: next });
  const setOne = (i: number, c: DraftColumn) => set(columns.map((x, j) => (j === i ? c : x)));
  const relabel = (i: number, c: DraftColumn, label: DraftColumn['label']) => {
    const others = columns.filter((_, j) => j !== i).map((x) => x.key);
    setOne(i, c.autoKey ? { ...c, label, key: keyFor(label, others, `column${i + 1}`) } : { ...c, label });
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...columns];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    set(next);
  };
  const own = errorAt(errors, 'columns');

  return (
    <Stack gap={6} data-testid="columns-editor">
      <Text size="sm" fw={500}>
        {t('formBuilder.columns.title')}
      </Text>
      {columns.map((c, i) => {
        const n = i + 1;
        const keyProblem = !KEY_PATTERN.test(c.key) ? t('formBuilder.errors.keyFormat') : columns.some((x, j) => j !== i && x.key === c.key) ? t('formBuilder.errors.keyTaken') : undefined;
        return (
          <Paper key={c.uid} withBorder p="xs" radius="sm" bg="var(--mantine-color-gray-0)">
            <Stack gap={6}>
              <Group gap="xs" grow wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('formBuilder.columns.label', { n })}
                  placeholder={t('formBuilder.columns.label', { n })}
                  value={c.label.ko}
                  onChange={(e) => relabel(i, c, { ...c.label, ko: e.currentTarget.value })}
                  error={errorAt(errors, `columns.${i}.label.ko`, `columns.${i}.label`)}
                />
                <TextInput
                  aria-label={t('formBuilder.columns.labelEn', { n })}
                  placeholder={t('formBuilder.columns.labelEn', { n })}
                  value={c.label.en ?? ''}
                  onChange={(e) => relabel(i, c, { ko: c.label.ko, en: e.currentTarget.value })}
                />
              </Group>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Select
                  aria-label={t('formBuilder.columns.type', { n })}
                  data={COLUMN_TYPES.map((type) => ({ value: type, label: t(`formBuilder.columnTypes.${type}`) }))}
                  value={c.type}
                  allowDeselect={false}
                  onChange={(v) => v && setOne(i, { ...c, type: v as ColumnType })}
                  w={130}
                />
                <TextInput
                  aria-label={t('formBuilder.columns.key', { n })}
                  leftSection={<Text size="xs" c="dimmed">{t('formBuilder.columns.keyShort')}</Text>}
                  leftSectionWidth={44}
                  value={c.key}
                  onChange={(e) => setOne(i, { ...c, key: e.currentTarget.value.trim(), autoKey: false })}
                  error={keyProblem ?? errorAt(errors, `columns.${i}.key`)}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  style={{ flex: 1 }}
                />
                <Checkbox label={t('formBuilder.columns.required')} checked={c.required} onChange={(e) => setOne(i, { ...c, required: e.currentTarget.checked })} mt={8} />
                <Group gap={0} wrap="nowrap" mt={4}>
                  <ActionIcon variant="subtle" color="gray" size="sm" disabled={i === 0} aria-label={t('formBuilder.columns.moveUp', { n })} onClick={() => move(i, -1)}>
                    <ArrowUpIcon size={14} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="gray" size="sm" disabled={i === columns.length - 1} aria-label={t('formBuilder.columns.moveDown', { n })} onClick={() => move(i, 1)}>
                    <ArrowDownIcon size={14} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('formBuilder.columns.remove', { n })} onClick={() => set(columns.filter((_, j) => j !== i))}>
                    <TrashIcon size={14} />
                  </ActionIcon>
                </Group>
              </Group>
              {c.savedKey !== undefined && c.savedKey !== c.key ? (
                <Text size="xs" c="orange">
                  {t('formBuilder.columns.savedKeyChanged', { key: c.savedKey })}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      {own ? (
        <Text size="xs" c="red" role="alert">
          {own}
        </Text>
      ) : null}
      <div>
        <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} onClick={() => set([...columns, newColumn({ ko: t('formBuilder.columns.defaultLabel', { n: columns.length + 1 }) }, columns.map((c) => c.key), columns.length + 1)])}>
          {t('formBuilder.columns.add')}
        </Button>
      </div>
    </Stack>
  );
}
