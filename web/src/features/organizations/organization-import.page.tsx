import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { DownloadIcon } from '../../components/icons';
import { AcceptedColumns, ImportFileInput, ImportPreviewCard } from '../../components/import-preview';
import { useCsvTemplateUrl, useImportRun, type ImportRun } from '../../components/import-run';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { activeCenterId, coordinatedClusterIds, isNationalAdmin, isStaff, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { clustersQuery, useCenterOptions } from '../centers/center.queries';
import { importColumns, importFieldOf } from './organization-import.columns';
import { exportHref } from './organization-list.search';

type ImportResult = Schemas['OrganizationImportResult'];

/** Where the imported organizations are affiliated: `center:<id>`, `cluster:<uuid>` or `none`. */
type Target = string;

function postImport({ file, option: target, dryRun }: ImportRun<Target>): Promise<ImportResult> {
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

/**
 * Imports organizations from a CSV or XLSX file: every file is previewed first (dryRun), row
 * errors are shown in the user's language, and only an error-free preview may be imported.
 */
export function OrganizationImportPage() {
  const me = useMe();
  return isStaff(me) ? <ImportView /> : <NotFound />;
}

function ImportView() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));
  const clusters = useQuery({ ...clustersQuery, enabled: national || coordinatedClusterIds(me).length > 0 });
  const clusterOptions = (clusters.data ?? []).filter((c) => national || coordinatedClusterIds(me).includes(c.id));
  const defaultTarget = activeCenterId(me) ? `center:${activeCenterId(me)}` : coordinatedClusterIds(me)[0] ? `cluster:${coordinatedClusterIds(me)[0]}` : national ? 'none' : null;

  const run = useImportRun(postImport, {
    initialOption: defaultTarget,
    onCommitted: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'organizations' || q.queryKey[0] === 'centers' }),
  });
  const { file, option: target, result, failure } = run;

  const targetData = [
    ...(national ? [{ value: 'none', label: t('import.targetNone') }] : []),
    ...(centers.length ? [{ group: t('import.centers'), items: centers.map((c) => ({ value: `center:${c.value}`, label: c.label })) }] : []),
    ...(clusterOptions.length ? [{ group: t('import.clusters'), items: clusterOptions.map((c) => ({ value: `cluster:${c.id}`, label: c.name })) }] : []),
  ];
  const targetCenter = target?.startsWith('center:') ? target.slice('center:'.length) : undefined;
  // The headers stay in both languages whatever the screen's language.
  const ko = i18n.getFixedT('ko');
  const en = i18n.getFixedT('en');
  const fieldLabel = (field: string) => {
    const column = importFieldOf(field);
    return column ? t(`import.columns.${column}`) : field;
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
              <ImportFileInput value={file} onChange={run.setFile} disabled={run.importing} />
              <Select
                label={t('import.target')}
                description={t('import.targetHint')}
                data={targetData}
                value={target}
                allowDeselect={false}
                searchable
                required={!national}
                onChange={(value) => run.setOption(value === null ? null : String(value))}
                disabled={run.importing}
              />
            </SimpleGrid>
            <AcceptedColumns columns={importColumns.map((c) => ({ key: c.field, ko: ko(`import.columns.${c.field}`), en: en(`import.columns.${c.field}`), required: c.required }))} hint={t('import.valuesHint')} />
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={!file || !target || run.importing}
                loading={run.previewing}
                onClick={run.recheck}
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

        {run.done ? (
          <Alert color="teal" variant="light" title={t('import.doneTitle')} data-testid="import-done">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('import.done', { create: f.number(run.done.summary.create), update: f.number(run.done.summary.update) })}</Text>
              <Group gap="sm">
                <RouterButton to="/organizations" search={{ centerId: targetCenter, sort: '-createdAt' }} size="xs">
                  {t('import.viewList')}
                </RouterButton>
                <Button size="xs" variant="default" onClick={run.reset}>
                  {t('import.another')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}

        {result ? (
          <ImportPreviewCard
            result={result}
            counts={[
              { label: t('import.toCreate'), value: result.summary.create, testId: 'import-create-count' },
              { label: t('import.toUpdate'), value: result.summary.update, testId: 'import-update-count' },
              { label: t('import.withErrors'), value: result.summary.errors, testId: 'import-error-count', danger: true },
            ]}
            committed={!!run.done}
            canImport={run.canImport}
            importing={run.importing}
            onImport={run.submit}
            fieldLabel={fieldLabel}
          />
        ) : run.previewing ? (
          <Text size="sm" c="dimmed">
            {t('import.previewing')}
          </Text>
        ) : null}
      </Stack>
    </>
  );
}

/** Two ways to start a file: an empty template, or this center's list (the export reads back in). */
function TemplateLinks({ centerId }: { centerId: string | undefined }) {
  const { t } = useTranslation();
  const templateUrl = useCsvTemplateUrl(importColumns.map((c) => t(`import.columns.${c.field}`)));
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
