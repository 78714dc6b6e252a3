import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadIcon, LockIcon } from '../../../components/icons';
import { useFormat } from '../../../i18n/format';
import type { FormDefinition, FormField } from '../../applications/application-form.rules';
import { useLocalized } from '../../applications/application-form.fields';
import type { Sheet } from './judge.queries';

type Application = Sheet['application'];
type Answer = Application['answers'][number];
type Row = Record<string, unknown>;
type Placed = { answer: Answer; field: FormField | undefined };

/**
 * The application as its judge reads it: who applied (unless the round is blind) and every
 * answered question by type; files to download, or a note that blind review hides them. The
 * form (when it loads) groups the answers into its sections and gives choices and table columns
 * their labels.
 */
export function SheetApplication({ application, form }: { application: Application; form: FormDefinition | undefined }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const byKey = new Map(application.answers.map((a) => [a.key, a]));
  const sections: { title: string; answers: Placed[] }[] = (form?.sections ?? [])
    .map((s) => ({ title: l(s.title), answers: s.fields.flatMap((field) => (byKey.has(field.key) ? [{ answer: byKey.get(field.key)!, field }] : [])) }))
    .filter((s) => s.answers.length > 0);
  // Answers the latest form no longer places (or no form at all): shown after, as they came.
  const placed = new Set(sections.flatMap((s) => s.answers.map((a) => a.answer.key)));
  const rest = application.answers.filter((a) => !placed.has(a.key)).map((answer) => ({ answer, field: undefined }));
  if (rest.length) sections.push({ title: sections.length ? t('judging.sheet.otherAnswers') : t('judging.sheet.answers'), answers: rest });

  return (
    <Stack gap="md" data-testid="sheet-application">
      <Applicant application={application} />
      {sections.length === 0 ? (
        <Card>
          <Text c="dimmed" size="sm">
            {t('judging.sheet.noAnswers')}
          </Text>
        </Card>
      ) : (
        sections.map((s, i) => (
          <Card key={i} data-testid="sheet-section">
            <Title order={3} fz="md" mb="md">
              {s.title}
            </Title>
            <Stack gap="lg">
              {s.answers.map(({ answer, field }) => (
                <AnswerView key={answer.key} answer={answer} field={field} application={application} />
              ))}
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}

function Applicant({ application }: { application: Application }) {
  const { t } = useTranslation();
  if (application.blind)
    return (
      <Card bg="var(--mantine-color-gray-0)" data-testid="sheet-applicant">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <LockIcon size={20} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0, marginTop: 2 }} />
          <div>
            <Text fw={600} size="sm">
              {t('judging.sheet.blindTitle')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('judging.sheet.blindLead')}
            </Text>
          </div>
        </Group>
      </Card>
    );
  const rows: [string, string | null][] = [
    [t('judging.sheet.organization'), application.organizationName],
    [t('judging.sheet.receiptNumber'), application.receiptNumber],
    [t('judging.sheet.brn'), application.businessRegistrationNumber],
    [t('judging.sheet.representative'), application.representative],
  ];
  return (
    <Card data-testid="sheet-applicant">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="sm" fw={500}>
              {value || '—'}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

function AnswerView({ answer, field, application }: { answer: Answer; field: FormField | undefined; application: Application }) {
  const l = useLocalized();
  return (
    <div data-testid="sheet-answer" data-field={answer.key}>
      <Text size="sm" fw={600} c="gray.7" mb={4}>
        {l(answer.label)}
      </Text>
      <AnswerValue answer={answer} field={field} application={application} />
    </div>
  );
}

function AnswerValue({ answer, field, application }: { answer: Answer; field: FormField | undefined; application: Application }) {
  const { t } = useTranslation();
  const f = useFormat();
  const l = useLocalized();
  const v = answer.value;
  const optionLabel = (value: unknown) => {
    const option = field?.options?.find((o) => o.value === value);
    return option ? l(option.label) : String(value);
  };

  if (answer.hidden)
    return (
      <Group gap={6} c="dimmed" data-testid="sheet-answer-hidden">
        <LockIcon size={16} />
        <Text size="sm">{t('judging.sheet.hiddenByBlind')}</Text>
      </Group>
    );
  switch (answer.type) {
    case 'text':
    case 'textarea':
      return (
        <Text size="sm" lh={1.7} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {String(v)}
        </Text>
      );
    case 'number':
      return <Text size="sm">{typeof v === 'number' ? f.number(v) : String(v)}</Text>;
    case 'amount':
      return <Text size="sm">{typeof v === 'number' ? `${f.krw(v)} (${f.exactKrw(v)})` : String(v)}</Text>;
    case 'date':
      return <Text size="sm">{typeof v === 'string' ? f.date(v) : String(v)}</Text>;
    case 'yesNo':
      return <Text size="sm">{v === true ? t('application.yes') : v === false ? t('application.no') : String(v)}</Text>;
    case 'choice':
      return (
        <Badge variant="light" radius="sm" size="lg" fw={500} tt="none">
          {optionLabel(v)}
        </Badge>
      );
    case 'multiChoice':
      return (
        <Group gap={6}>
          {(Array.isArray(v) ? v : [v]).map((item) => (
            <Badge key={String(item)} variant="light" radius="sm" size="lg" fw={500} tt="none">
              {optionLabel(item)}
            </Badge>
          ))}
        </Group>
      );
    case 'table':
      return <AnswerTable rows={Array.isArray(v) ? (v as Row[]) : []} field={field} />;
    case 'file': {
      const ids = Array.isArray(v) ? (v as unknown[]) : [];
      const files = application.files.filter((file) => ids.includes(file.id) || (ids.length === 0 && file.field === answer.key));
      if (files.length === 0) return <Text size="sm" c="dimmed">—</Text>;
      return (
        <List spacing={4} size="sm" listStyleType="none">
          {files.map((file) => (
            <List.Item key={file.id}>
              <Anchor href={`/api/v1/applications/${application.id}/files/${file.id}`} download={file.fileName} size="sm" data-testid="sheet-file">
                <Group gap={6} wrap="nowrap" component="span">
                  <DownloadIcon size={16} />
                  <span>{file.fileName}</span>
                  <Text span size="xs" c="dimmed">
                    {fileSize(file.size)}
                  </Text>
                </Group>
              </Anchor>
            </List.Item>
          ))}
        </List>
      );
    }
    default:
      return <Text size="sm">{typeof v === 'string' ? v : JSON.stringify(v)}</Text>;
  }
}

const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A table answer as a table: the form's columns when known, else the keys its rows use. */
function AnswerTable({ rows, field }: { rows: Row[]; field: FormField | undefined }) {
  const f = useFormat();
  const l = useLocalized();
  const columns = field?.columns?.map((c) => ({ key: c.key, label: l(c.label), type: c.type })) ?? [...new Set(rows.flatMap((r) => Object.keys(r)))].map((key) => ({ key, label: key, type: 'text' as const }));
  const cell = (value: unknown, type: string) => {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value === 'number') return type === 'amount' ? f.exactKrw(value) : f.number(value);
    if (type === 'date' && typeof value === 'string') return f.date(value);
    return String(value);
  };
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" data-testid="sheet-answer-table">
        <Table.Thead bg="var(--mantine-color-gray-0)">
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key}>{c.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c.key} ta={c.type === 'number' || c.type === 'amount' ? 'right' : undefined}>
                  {cell(row[c.key], c.type)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
