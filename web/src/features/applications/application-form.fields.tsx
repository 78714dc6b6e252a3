import { ActionIcon, Box, Button, Card, Checkbox, Group, NumberInput, Radio, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon, UploadIcon } from '../../components/icons';
import { useFormat } from '../../i18n/format';
import type { FormDefinition, FormField } from './application-form.rules';
import { FileAnswerField } from './application-files';
import { QuestionLabel } from './application-form.label';

type Label = { ko: string; en?: string };
type Row = Record<string, unknown>;

export function useLocalized() {
  const { i18n } = useTranslation();
  return (label: Label | undefined) => (label ? (i18n.language === 'en' ? (label.en ?? label.ko) : label.ko) : '');
}

/** A number input's value as an answer: a number, or nothing while it is empty or half typed. */
const numberOf = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

type FieldProps = {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Messages by path (answers.<key>, answers.<key>.<row>.<column>). */
  errors: Record<string, string>;
  disabled: boolean;
  /** The application the answers belong to (file questions upload to it). */
  applicationId: string;
  /** The form builder's preview: asked as applicants see it, but no file is uploaded. */
  preview?: boolean;
};

type Section = FormDefinition['sections'][number];

/** A section of an application form as applicants see it: its title and description above its questions. */
export function AnswerSection({ section, children }: { section: Section; children: ReactNode }) {
  const l = useLocalized();
  return (
    <Card data-testid="form-section">
      <Title order={3} fz="lg" mb={4}>
        {l(section.title)}
      </Title>
      {section.description ? (
        <Text size="sm" c="dimmed" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {l(section.description)}
        </Text>
      ) : null}
      <Stack gap="lg" mt="sm">
        {children}
      </Stack>
    </Card>
  );
}

/** One question of an application form, as its type asks it. */
export function AnswerField({ field, value, onChange, errors, disabled, applicationId, preview }: FieldProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const l = useLocalized();
  const path = `answers.${field.key}`;
  const common = {
    label: l(field.label),
    description: field.help ? l(field.help) : undefined,
    withAsterisk: field.required,
    error: errors[path],
    disabled,
    'data-field': field.key,
  };

  switch (field.type) {
    case 'text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} maxLength={(field.maxLength ?? 200) + 50} />;
    case 'textarea': {
      const text = typeof value === 'string' ? value : '';
      const max = field.maxLength ?? 4000;
      return (
        <Stack gap={2}>
          <Textarea {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={4} maxRows={16} />
          <Text size="xs" c={text.length > max ? 'red' : 'dimmed'} ta="right">
            {t('application.charCount', { count: text.length, max: f.number(max) })}
          </Text>
        </Stack>
      );
    }
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(v) => onChange(numberOf(v))} min={field.min} max={field.max} clampBehavior="none" thousandSeparator="," />;
    case 'amount':
      return (
        <NumberInput
          {...common}
          description={[common.description, typeof value === 'number' ? f.krw(value) : t('application.amountHint')].filter(Boolean).join(' · ')}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(numberOf(v))}
          min={field.min ?? 0}
          max={field.max}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          rightSection={<Text size="sm">{t('application.won')}</Text>}
        />
      );
    case 'date':
      return <DateInput {...common} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} />;
    case 'choice': {
      const options = (field.options ?? []).map((o) => ({ value: o.value, label: l(o.label) }));
      if (options.length > 6) return <Select {...common} data={options} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} clearable searchable />;
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={onChange}>
          <Group gap="lg" mt={6}>
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} disabled={disabled} />
            ))}
          </Group>
        </Radio.Group>
      );
    }
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      const hint = field.maxSelections ? t('application.maxSelections', { count: field.maxSelections }) : undefined;
      return (
        <Checkbox.Group {...common} description={[common.description, hint].filter(Boolean).join(' · ') || undefined} value={chosen} onChange={(v) => onChange(v)}>
          <Group gap="lg" mt={6}>
            {(field.options ?? []).map((o) => (
              <Checkbox key={o.value} value={o.value} label={l(o.label)} disabled={disabled || (!!field.maxSelections && chosen.length >= field.maxSelections && !chosen.includes(o.value))} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    }
    case 'yesNo':
      return (
        <Radio.Group {...common} value={value === true ? 'yes' : value === false ? 'no' : ''} onChange={(v) => onChange(v === 'yes')}>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t('application.yes')} disabled={disabled} />
            <Radio value="no" label={t('application.no')} disabled={disabled} />
          </Group>
        </Radio.Group>
      );
    case 'table':
      return <TableField {...common} field={field} rows={Array.isArray(value) ? (value as Row[]) : []} onChange={onChange} errors={errors} />;
    case 'file':
      if (preview) return <FilePreviewField field={field} label={common.label} description={common.description} withAsterisk={common.withAsterisk} />;
      return <FileAnswerField applicationId={applicationId} field={field} value={value} onChange={onChange} label={common.label} description={common.description} withAsterisk={common.withAsterisk} error={common.error} disabled={disabled} />;
  }
}

function TableField({
  field,
  rows,
  onChange,
  errors,
  disabled,
  label,
  description,
  withAsterisk,
  error,
}: {
  field: FormField;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: Record<string, string>;
  disabled: boolean;
  label: string;
  description?: string;
  withAsterisk: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const columns = field.columns ?? [];
  const full = !!field.maxRows && rows.length >= field.maxRows;
  const setCell = (r: number, key: string, v: unknown) => onChange(rows.map((row, i) => (i === r ? { ...row, [key]: v } : row)));
  const path = `answers.${field.key}`;

  return (
    <Stack gap={6} data-field={field.key}>
      <QuestionLabel label={label} description={description} withAsterisk={withAsterisk} />
      <Table.ScrollContainer minWidth={columns.length * 160 + 60}>
        <Table withTableBorder verticalSpacing={6} aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>#</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key}>
                  {l(c.label)}
                  {c.required ? (
                    <Text span c="red">
                      {' *'}
                    </Text>
                  ) : null}
                </Table.Th>
              ))}
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={columns.length + 2}>
                  <Text size="sm" c="dimmed">
                    {t('application.tableEmpty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td>{r + 1}</Table.Td>
                {columns.map((c) => {
                  const cell = row[c.key];
                  const cellProps = {
                    'aria-label': t('application.cellLabel', { column: l(c.label), row: r + 1 }),
                    error: errors[`${path}.${r}.${c.key}`],
                    disabled,
                    size: 'sm' as const,
                  };
                  return (
                    <Table.Td key={c.key} valign="top">
                      {c.type === 'text' ? (
                        <TextInput {...cellProps} value={typeof cell === 'string' ? cell : ''} onChange={(e) => setCell(r, c.key, e.currentTarget.value)} />
                      ) : c.type === 'date' ? (
                        <DateInput {...cellProps} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable value={typeof cell === 'string' ? cell : null} onChange={(v) => setCell(r, c.key, v ?? undefined)} />
                      ) : (
                        <NumberInput
                          {...cellProps}
                          value={typeof cell === 'number' ? cell : ''}
                          onChange={(v) => setCell(r, c.key, numberOf(v))}
                          thousandSeparator=","
                          allowDecimal={c.type !== 'amount'}
                          allowNegative={c.type !== 'amount'}
                          clampBehavior="none"
                        />
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td valign="top">
                  <ActionIcon variant="subtle" color="gray" aria-label={t('application.removeRow', { row: r + 1 })} disabled={disabled} onClick={() => onChange(rows.filter((_, i) => i !== r))}>
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />} disabled={disabled || full} onClick={() => onChange([...rows, {}])}>
          {t('application.addRow')}
        </Button>
        {field.maxRows ? (
          <Text size="xs" c="dimmed">
            {t('application.rowCount', { count: rows.length, max: field.maxRows })}
          </Text>
        ) : null}
      </Group>
      {error ? <FieldMessage>{error}</FieldMessage> : null}
    </Stack>
  );
}

/** A file question as applicants see it before they choose a file; the preview has no application to upload to. */
function FilePreviewField({ field, label, description, withAsterisk }: { field: FormField; label: string; description?: string; withAsterisk: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-field={field.key} data-testid={`file-field-${field.key}`}>
      <QuestionLabel label={label} description={description} withAsterisk={withAsterisk} />
      <Box p="md" ta="center" style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <Group gap="xs" justify="center">
          <UploadIcon size={16} />
          <Text size="sm">{t('application.fileDrop')}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('application.fileKinds', { kinds: (field.accept ?? []).join(', ') || '—', size: field.maxSizeMb ?? 20 })}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t('application.filePreview')}
        </Text>
      </Box>
    </Stack>
  );
}

function FieldMessage({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="red" role="alert">
      {children}
    </Text>
  );
}
