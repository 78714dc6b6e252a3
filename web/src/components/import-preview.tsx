import { Alert, Badge, Box, Button, Card, FileInput, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tidyBrn } from '../features/organizations/brn.validate';
import { useFormat } from '../i18n/format';
import { useServerMessage } from '../i18n/server-codes';
import { UploadIcon } from './icons';
import { IMPORT_ACCEPT } from './import-run';
import { SectionTitle } from './section-title';
import { StatCard } from './stat.card';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

/** A row of an import preview as the screens show it: its organization, what happens to it, and each error on its column. */
export type ImportRowView = {
  rowNumber: number;
  action: ImportAction;
  name: string | null;
  businessRegistrationNumber: string | null;
  errors: { field: string; code: string; params?: Record<string, string | number> }[];
};

export type ImportPreviewView = { summary: { rows: number; errors: number }; rows: ImportRowView[] };

/** One count over the preview (새로 등록, 오류 …); `danger` colors it red when it is not zero. */
export type ImportCount = { label: string; value: number; testId: string; danger?: boolean };

const SHOWN = 500;
const actionColor: Record<ImportAction, string> = { create: 'teal', update: 'blue', unchanged: 'gray', error: 'red' };

/**
 * The preview of an import (or its result once written): the counts, the reason the import is
 * not offered yet or the 가져오기 button, and the rows.
 */
export function ImportPreviewCard({
  result,
  counts,
  committed,
  canImport,
  importing,
  onImport,
  fieldLabel,
}: {
  result: ImportPreviewView;
  counts: ImportCount[];
  committed: boolean;
  canImport: boolean;
  importing: boolean;
  onImport: () => void;
  fieldLabel: (field: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card padding={0} data-testid="import-preview">
      <Stack gap="md" p="lg" pb="md">
        <SectionTitle right={<Text size="sm" c="dimmed">{t('import.rows', { count: result.summary.rows })}</Text>}>
          {committed ? t('import.stepResult') : t('import.stepPreview')}
        </SectionTitle>
        <SimpleGrid cols={{ base: Math.min(counts.length, 2), sm: counts.length }} spacing="sm">
          {counts.map((c) => (
            <StatCard
              key={c.testId}
              label={c.label}
              value={
                <Text span inherit c={c.danger && c.value ? 'red.7' : undefined} data-testid={c.testId}>
                  {f.number(c.value)}
                </Text>
              }
            />
          ))}
        </SimpleGrid>
        {committed ? null : (
          <Group justify="space-between" wrap="nowrap" gap="md" align="center">
            {result.summary.errors > 0 ? (
              <Alert color="orange" variant="light" flex={1} data-testid="import-has-errors">
                {t('import.fixAndRetry', { count: result.summary.errors })}
              </Alert>
            ) : (
              <Text size="sm" c="dimmed">
                {t('import.ready', { count: result.summary.rows })}
              </Text>
            )}
            <Button leftSection={<UploadIcon size={16} />} disabled={!canImport} loading={importing} onClick={onImport} style={{ flexShrink: 0 }}>
              {t('import.submit')}
            </Button>
          </Group>
        )}
      </Stack>
      <ImportRowsTable result={result} fieldLabel={fieldLabel} />
    </Card>
  );
}

/** The preview's rows: row number, organization, BRN, what will happen, and each error on its column. */
function ImportRowsTable({ result, fieldLabel }: { result: ImportPreviewView; fieldLabel: (field: string) => string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const message = useServerMessage();
  const [only, setOnly] = useState<'all' | 'errors'>('all');
  const rows = only === 'errors' ? result.rows.filter((r) => r.action === 'error') : result.rows;
  const shown = rows.slice(0, SHOWN);

  return (
    <>
      {result.summary.errors > 0 ? (
        <Group px="lg" pb="sm">
          <SegmentedControl
            size="xs"
            value={only}
            onChange={(v) => setOnly(v as 'all' | 'errors')}
            data={[
              { value: 'all', label: t('import.showAll', { count: result.summary.rows }) },
              { value: 'errors', label: t('import.showErrors', { count: result.summary.errors }) },
            ]}
          />
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={760}>
        <Table data-testid="import-rows" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64} ta="right">
                {t('import.rowNumber')}
              </Table.Th>
              <Table.Th>{t('import.name')}</Table.Th>
              <Table.Th>{t('import.brn')}</Table.Th>
              <Table.Th w={100}>{t('import.action')}</Table.Th>
              <Table.Th w="40%">{t('import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.rowNumber} data-testid="import-row" data-action={r.action} bg={r.action === 'error' ? 'red.0' : undefined}>
                <Table.Td c="dimmed" ta="right">
                  {f.number(r.rowNumber)}
                </Table.Td>
                <Table.Td fw={600}>{r.name || '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.businessRegistrationNumber ? tidyBrn(r.businessRegistrationNumber) : '—'}</Table.Td>
                <Table.Td>
                  <Badge size="sm" radius="sm" variant="light" color={actionColor[r.action]}>
                    {t(`import.actions.${r.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.errors.length ? (
                    <Stack gap={2}>
                      {r.errors.map((e, i) => (
                        <Text key={i} size="sm" c="red.8" data-testid="import-row-error" data-field={e.field}>
                          <Text span inherit fw={600}>
                            {fieldLabel(e.field)}
                          </Text>
                          {' · '}
                          {message(e.code, e.params)}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN ? (
        <Text size="xs" c="dimmed" px="lg" py="sm">
          {t('import.truncated', { shown: f.number(SHOWN), total: f.number(rows.length) })}
        </Text>
      ) : null}
    </>
  );
}

/** A column an import reads, by its Korean and its English header. */
export type AcceptedColumn = { key: string; ko: string; en: string; required: boolean };

/** The headers an import reads, Korean and English; the required ones marked; `hint` says how values are written. */
export function AcceptedColumns({ columns, hint }: { columns: readonly AcceptedColumn[]; hint: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box data-testid="import-columns" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text size="sm" fw={600}>
        {t('import.columnsTitle')}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('import.columnsLead')}
      </Text>
      <Group gap={6}>
        {columns.map((c) => (
          <Paper key={c.key} withBorder radius="sm" px={8} py={3} style={c.required ? { borderColor: 'var(--mantine-color-brand-4)' } : undefined}>
            <Group gap={6} wrap="nowrap">
              <Text span size="sm" fw={600}>
                {c.ko}
              </Text>
              <Text span size="xs" c="dimmed" ff="monospace">
                {c.en}
              </Text>
              {c.required ? (
                <Badge size="xs" radius="sm" variant="light">
                  {t('import.required')}
                </Badge>
              ) : null}
            </Group>
          </Paper>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt="sm" component="div">
        {hint}
      </Text>
    </Box>
  );
}

/** The file of an import: CSV or XLSX, previewed as soon as it is chosen. */
export function ImportFileInput({ value, onChange, disabled, description }: { value: File | null; onChange: (file: File | null) => void; disabled: boolean; description?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <FileInput
      label={t('import.file')}
      description={description ?? t('import.fileHint')}
      placeholder={t('import.filePlaceholder')}
      accept={IMPORT_ACCEPT}
      leftSection={<UploadIcon size={16} />}
      value={value}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      onChange={onChange}
      disabled={disabled}
    />
  );
}
