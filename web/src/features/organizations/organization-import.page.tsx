import { Alert, Badge, Box, Button, Card, FileInput, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Problem, type Schemas } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { DownloadIcon, UploadIcon } from '../../components/icons';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { StatCard } from '../../components/stat.card';
import { useFormat } from '../../i18n/format';
import { activeCenterId, coordinatedClusterIds, isNationalAdmin, isStaff, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { importColumns, importFieldOf, templateCsv } from './organization-import.columns';
import { ImportRowsTable } from './organization-import.rows';
import { exportHref } from './organization-list.search';

type ImportResult = Schemas['OrganizationImportResult'];

/** Where the imported organizations are affiliated: `center:<id>`, `cluster:<uuid>` or `none`. */
type Target = string;
type Run = { file: File; target: Target; dryRun: boolean };

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function postImport({ file, target, dryRun }: Run): Promise<ImportResult> {
  const [kind, id] = target.split(':');
  const body = new FormData();
  body.append('file', file);
  return unwrap(
    api.POST('/api/v1/organizations/import', {
      params: {
        query: { dryRun: dryRun ? 'true' : 'false', centerId: kind === 'center' ? id : undefined, clusterId: kind === 'cluster' ? id : undefined },
      },
      // openapi-fetch sends FormData as multipart with its boundary.
      body: body as unknown as { file: string },
    }),
  );
}

/** The rows a refused import (422 importInvalid) carries in its problem, like a preview. */
function refusedRows(error: unknown): ImportResult | null {
  if (!(error instanceof ApiError) || error.code !== 'importInvalid') return null;
  const p = error.problem as Problem & Partial<ImportResult>;
  return p.summary && p.rows ? { dryRun: false, committed: false, summary: p.summary, rows: p.rows } : null;
}

/**
 * Imports organizations from a CSV or XLSX file: every file is previewed first (dryRun), row
 * errors are shown in the user's language, and only an error-free preview may be imported.
 */
export function OrganizationImportPage() {
  const me = useMe();
  return isStaff(me) ? <ImportView /> : <NotFound />;
}

function ImportView() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  const clusters = useQuery({ ...clustersQuery, enabled: national || coordinatedClusterIds(me).length > 0 });
  const clusterOptions = (clusters.data ?? []).filter((c) => national || coordinatedClusterIds(me).includes(c.id));
  const defaultTarget = activeCenterId(me) ? `center:${activeCenterId(me)}` : coordinatedClusterIds(me)[0] ? `cluster:${coordinatedClusterIds(me)[0]}` : national ? 'none' : null;

  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState<Target | null>(defaultTarget);
  const preview = useMutation({ mutationFn: postImport });
  const commit = useMutation({
    mutationFn: postImport,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'organizations' || q.queryKey[0] === 'centers' }),
  });

  // A preview belongs to the file and target it was made for; a newer choice starts over.
  const check = (next: { file: File | null; target: Target | null }) => {
    commit.reset();
    if (next.file && next.target) preview.mutate({ file: next.file, target: next.target, dryRun: true });
    else preview.reset();
  };
  const current = preview.variables?.file === file && preview.variables?.target === target;
  const result = refusedRows(commit.error) ?? (current ? preview.data : undefined);
  const failure = commit.error && !refusedRows(commit.error) ? commit.error : current && preview.error ? preview.error : null;
  const canImport = !!result && !commit.isSuccess && result.summary.errors === 0 && result.summary.rows > 0 && !preview.isPending;

  const targetData = [
    ...(national ? [{ value: 'none', label: t('import.targetNone') }] : []),
    ...(centers.length ? [{ group: t('import.centers'), items: centers.map((c) => ({ value: `center:${c.value}`, label: c.label })) }] : []),
    ...(clusterOptions.length ? [{ group: t('import.clusters'), items: clusterOptions.map((c) => ({ value: `cluster:${c.id}`, label: c.name })) }] : []),
  ];
  const targetCenter = target?.startsWith('center:') ? target.slice('center:'.length) : undefined;

  const reset = () => {
    setFile(null);
    preview.reset();
    commit.reset();
  };

  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={t('import.lead')}
        actions={
          <RouterButton to="/organizations" variant="default">
            {t('import.back')}
          </RouterButton>
        }
      />
      <Stack gap="lg">
        <Card>
          <SectionTitle right={<TemplateLinks centerId={targetCenter} />}>{t('import.stepFile')}</SectionTitle>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FileInput
                label={t('import.file')}
                description={t('import.fileHint')}
                placeholder={t('import.filePlaceholder')}
                accept={ACCEPT}
                leftSection={<UploadIcon size={16} />}
                value={file}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
                onChange={(next) => {
                  setFile(next);
                  check({ file: next, target });
                }}
                disabled={commit.isPending}
              />
              <Select
                label={t('import.target')}
                description={t('import.targetHint')}
                data={targetData}
                value={target}
                allowDeselect={false}
                searchable
                required={!national}
                onChange={(value) => {
                  const next = value === null ? null : String(value);
                  setTarget(next);
                  check({ file, target: next });
                }}
                disabled={commit.isPending}
              />
            </SimpleGrid>
            <AcceptedColumns />
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={!file || !target || commit.isPending}
                loading={preview.isPending}
                onClick={() => check({ file, target })}
              >
                {t('import.preview')}
              </Button>
            </Group>
          </Stack>
        </Card>

        {failure ? (
          <Alert color="red" role="alert" title={t('import.fileError')} data-testid="import-file-error">
            {problemMessage(failure, t('common.tryAgainLater'))}
          </Alert>
        ) : null}

        {commit.isSuccess ? (
          <Alert color="teal" variant="light" title={t('import.doneTitle')} data-testid="import-done">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('import.done', { create: f.number(commit.data.summary.create), update: f.number(commit.data.summary.update) })}</Text>
              <Group gap="sm">
                <RouterButton to="/organizations" search={{ centerId: targetCenter, sort: '-createdAt' }} size="xs">
                  {t('import.viewList')}
                </RouterButton>
                <Button size="xs" variant="default" onClick={reset}>
                  {t('import.another')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}

        {result ? (
          <Card padding={0} data-testid="import-preview">
            <Stack gap="md" p="lg" pb="md">
              <SectionTitle right={<Text size="sm" c="dimmed">{t('import.rows', { count: result.summary.rows })}</Text>}>
                {commit.isSuccess ? t('import.stepResult') : t('import.stepPreview')}
              </SectionTitle>
              <SimpleGrid cols={3} spacing="sm">
                <StatCard label={t('import.toCreate')} value={<span data-testid="import-create-count">{f.number(result.summary.create)}</span>} />
                <StatCard label={t('import.toUpdate')} value={<span data-testid="import-update-count">{f.number(result.summary.update)}</span>} />
                <StatCard
                  label={t('import.withErrors')}
                  value={
                    <Text span inherit c={result.summary.errors ? 'red.7' : undefined} data-testid="import-error-count">
                      {f.number(result.summary.errors)}
                    </Text>
                  }
                />
              </SimpleGrid>
              {commit.isSuccess ? null : (
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
                  <Button
                    leftSection={<UploadIcon size={16} />}
                    disabled={!canImport}
                    loading={commit.isPending}
                    onClick={() => file && target && commit.mutate({ file, target, dryRun: false })}
                    style={{ flexShrink: 0 }}
                  >
                    {t('import.submit')}
                  </Button>
                </Group>
              )}
            </Stack>
            <ImportRowsTable result={result} fieldOf={importFieldOf} />
          </Card>
        ) : preview.isPending ? (
          <Text size="sm" c="dimmed">
            {t('import.previewing')}
          </Text>
        ) : null}
      </Stack>
    </>
  );
}

/** The headers the import reads, Korean and English; the required ones first and marked. */
function AcceptedColumns() {
  const { t, i18n } = useTranslation();
  const en = i18n.getFixedT('en');
  const ko = i18n.getFixedT('ko');
  return (
    <Box data-testid="import-columns" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text size="sm" fw={600}>
        {t('import.columnsTitle')}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('import.columnsLead')}
      </Text>
      <Group gap={6}>
        {importColumns.map((c) => (
          <Paper key={c.field} withBorder radius="sm" px={8} py={3} style={c.required ? { borderColor: 'var(--mantine-color-brand-4)' } : undefined}>
            <Group gap={6} wrap="nowrap">
              <Text span size="sm" fw={600}>
                {ko(`import.columns.${c.field}`)}
              </Text>
              <Text span size="xs" c="dimmed" ff="monospace">
                {en(`import.columns.${c.field}`)}
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
      <Text size="xs" c="dimmed" mt="sm">
        {t('import.valuesHint')}
      </Text>
    </Box>
  );
}

/** Two ways to start a file: an empty template, or this center's list (the export reads back in). */
function TemplateLinks({ centerId }: { centerId: string | undefined }) {
  const { t } = useTranslation();
  const templateUrl = useMemo(() => URL.createObjectURL(templateCsv((field) => t(`import.columns.${field}`))), [t]);
  useEffect(() => () => URL.revokeObjectURL(templateUrl), [templateUrl]);
  return (
    <Group gap="xs" justify="flex-end">
      {centerId ? (
        <Button component="a" href={exportHref({ centerId })} download size="xs" variant="subtle" leftSection={<DownloadIcon size={14} />}>
          {t('import.exportCenter')}
        </Button>
      ) : null}
      <Button component="a" href={templateUrl} download={t('import.templateFile')} size="xs" variant="light" leftSection={<DownloadIcon size={14} />}>
        {t('import.template')}
      </Button>
    </Group>
  );
}
