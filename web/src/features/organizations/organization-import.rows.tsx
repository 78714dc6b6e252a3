import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useServerMessage } from '../../i18n/server-codes';
import { tidyBrn } from './brn.validate';
import type { ImportField } from './organization-import.columns';

type ImportResult = Schemas['OrganizationImportResult'];
type Row = ImportResult['rows'][number];

const SHOWN = 500;
const actionColor = { create: 'teal', update: 'blue', error: 'red' } as const;

/** The preview's rows: row number, name, BRN, what will happen, and each error on its column. */
export function ImportRowsTable({ result, fieldOf }: { result: ImportResult; fieldOf: (field: string) => ImportField | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const message = useServerMessage();
  const [only, setOnly] = useState<'all' | 'errors'>('all');
  const rows = only === 'errors' ? result.rows.filter((r) => r.action === 'error') : result.rows;
  const shown = rows.slice(0, SHOWN);
  const label = (field: string) => {
    const column = fieldOf(field);
    return column ? t(`import.columns.${column}`) : field;
  };

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
              <Table.Th w={64}>{t('import.rowNumber')}</Table.Th>
              <Table.Th>{t('import.name')}</Table.Th>
              <Table.Th>{t('import.brn')}</Table.Th>
              <Table.Th w={90}>{t('import.action')}</Table.Th>
              <Table.Th w="40%">{t('import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r: Row) => (
              <Table.Tr key={r.rowNumber} data-testid="import-row" bg={r.action === 'error' ? 'red.0' : undefined}>
                <Table.Td c="dimmed">{f.number(r.rowNumber)}</Table.Td>
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
                        <Text key={i} size="sm" c="red.8">
                          <Text span inherit fw={600}>
                            {label(e.field)}
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
