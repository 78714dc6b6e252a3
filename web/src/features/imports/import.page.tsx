import { Alert, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { DownloadIcon } from '../../components/icons';
import { AcceptedColumns, ImportFileInput, ImportPreviewCard, type ImportCount, type ImportPreviewView } from '../../components/import-preview';
import { useCsvTemplateUrl, useImportRun, type ImportRun } from '../../components/import-run';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-link';
import { SectionTitle } from '../../components/section-title';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { isNationalAdmin, isStaff, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { supportKinds } from '../support-records/support-record.codes';
import { columnLabel, ledgerColumns, ledgerImportKinds, type LedgerImportKind } from './import.columns';

type LedgerResult = Schemas['LedgerImportResult'];

function postLedger({ file, option: kind, dryRun }: ImportRun<LedgerImportKind>): Promise<LedgerResult> {
  const body = new FormData();
  body.append('file', file);
  const init = {
    params: { query: { dryRun: dryRun ? ('true' as const) : ('false' as const) } },
    // openapi-fetch sends FormData as multipart with its boundary.
    body: body as unknown as { file: string },
  };
  return unwrap(kind === 'outcomes' ? api.POST('/api/v1/imports/outcomes', init) : api.POST('/api/v1/imports/support-records', init));
}

/** The preview's rows as the shared table shows them. */
const viewOf = (result: LedgerResult): ImportPreviewView & { summary: LedgerResult['summary'] } => ({
  summary: result.summary,
  rows: result.rows.map((r) => ({ ...r, name: r.organizationName })),
});

/**
 * 데이터 가져오기: the support ledger or outcome figures from a CSV or XLSX file. Every file is
 * previewed row by row first; only an error-free preview may be imported, all rows or none, and
 * the same file twice counts once.
 */
export function ImportPage() {
  const me = useMe();
  return isStaff(me) ? <ImportView /> : <NotFound />;
}

function ImportView() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const me = useMe();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/app/imports' });
  const navigate = useNavigate({ from: '/imports' });
  // The support ledger is a center's: cluster coordinators import outcomes only.
  const kinds = ledgerImportKinds.filter((k) => k === 'outcomes' || isNationalAdmin(me) || staffCenterIds(me).length > 0);
  const initialKind = search.kind && kinds.includes(search.kind) ? search.kind : kinds[0]!;

  const run = useImportRun(postLedger, {
    initialOption: initialKind,
    onCommitted: () => queryClient.invalidateQueries({ predicate: (q) => ['outcomes', 'support-records', 'organizations', 'centers'].includes(String(q.queryKey[0])) }),
  });
  const kind = run.option ?? initialKind;
  const lang = i18n.language;
  const fieldLabel = (field: string) => columnLabel(kind, field, lang);
  const templateUrl = useCsvTemplateUrl(ledgerColumns[kind].map((c) => (lang === 'en' ? c.en : c.ko)));
  const result = run.result ? viewOf(run.result) : undefined;

  const counts = (summary: LedgerResult['summary']): ImportCount[] => [
    { label: t('ledgerImport.toCreate'), value: summary.create, testId: 'import-create-count' },
    ...(kind === 'outcomes' ? [{ label: t('ledgerImport.toUpdate'), value: summary.update, testId: 'import-update-count' }] : []),
    { label: t('ledgerImport.unchanged'), value: summary.unchanged, testId: 'import-unchanged-count' },
    { label: t('import.withErrors'), value: summary.errors, testId: 'import-error-count', danger: true },
  ];

  const hint =
    kind === 'outcomes'
      ? t('ledgerImport.outcomesHint')
      : t('ledgerImport.supportHint', { kinds: supportKinds.map((k) => (lang === 'en' ? k : labels.supportKind(k))).join(', ') });

  return (
    <>
      <PageHeader title={t('ledgerImport.title')} description={t('ledgerImport.lead')} />
      <Stack gap="lg">
        <Card>
          <SectionTitle
            right={
              <Button component="a" href={templateUrl} download={t(kind === 'outcomes' ? 'ledgerImport.templateOutcomes' : 'ledgerImport.templateSupport')} size="xs" variant="light" leftSection={<DownloadIcon size={14} />}>
                {t('import.template')}
              </Button>
            }
          >
            {t('import.stepFile')}
          </SectionTitle>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('ledgerImport.kind')}
                </Text>
                <SegmentedControl
                  data-testid="import-kind"
                  data={kinds.map((k) => ({ value: k, label: t(`ledgerImport.kinds.${k}`) }))}
                  value={kind}
                  onChange={(v) => {
                    const next = v as LedgerImportKind;
                    run.setOption(next);
                    void navigate({ search: { kind: next }, replace: true });
                  }}
                  disabled={run.importing}
                />
                <Text size="xs" c="dimmed">
                  {t(`ledgerImport.kindHints.${kind}`)}
                </Text>
              </Stack>
              <ImportFileInput value={run.file} onChange={run.setFile} disabled={run.importing} description={t('ledgerImport.fileHint')} />
            </SimpleGrid>
            <AcceptedColumns columns={ledgerColumns[kind]} hint={hint} />
            <Group justify="flex-end">
              <Button variant="default" disabled={!run.file || run.importing} loading={run.previewing} onClick={run.recheck}>
                {t('import.preview')}
              </Button>
            </Group>
          </Stack>
        </Card>

        {run.failure ? (
          <Alert color="red" role="alert" title={t('import.fileError')} data-testid="import-file-error">
            {problemMessage(run.failure, t('common.tryAgainLater'))}
          </Alert>
        ) : null}

        {run.done ? (
          <Alert color="teal" variant="light" title={t('import.doneTitle')} data-testid="import-done">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                {t(kind === 'outcomes' ? 'ledgerImport.doneOutcomes' : 'ledgerImport.doneSupport', {
                  create: f.number(run.done.summary.create),
                  update: f.number(run.done.summary.update),
                  unchanged: f.number(run.done.summary.unchanged),
                })}
              </Text>
              <Group gap="sm">
                {kind === 'outcomes' ? (
                  <RouterButton to="/outcomes" size="xs">
                    {t('ledgerImport.viewQueue')}
                  </RouterButton>
                ) : (
                  <RouterButton to="/support-records" size="xs">
                    {t('ledgerImport.viewLedger')}
                  </RouterButton>
                )}
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
            counts={counts(result.summary)}
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
