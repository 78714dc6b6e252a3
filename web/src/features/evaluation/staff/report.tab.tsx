import { Button, Card, List, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { SectionTitle } from '../../../components/section-title';
import type { Round } from '../round.codes';

/** 보고서: the round's XLSX (results, scores by criterion, judges, audit trail), judges anonymised unless staff turn it off. */
export function ReportTab({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const [anonymize, setAnonymize] = useState(true);
  // A same-origin GET: the session cookie goes along, and the server answers as an attachment.
  const href = `/api/v1/rounds/${round.id}/report?anonymize=${anonymize}&lang=${i18n.language === 'en' ? 'en' : 'ko'}`;
  return (
    <Card data-testid="round-report">
      <SectionTitle>{t('evaluation.staff.report.title')}</SectionTitle>
      <Stack gap="md" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('evaluation.staff.report.lead')}
        </Text>
        <List size="sm" spacing={2}>
          {(['results', 'criteria', 'judges', 'audit'] as const).map((s) => (
            <List.Item key={s}>{t(`evaluation.staff.report.sheets.${s}`)}</List.Item>
          ))}
        </List>
        <Switch
          label={t('evaluation.staff.report.anonymize')}
          description={t('evaluation.staff.report.anonymizeHint')}
          checked={anonymize}
          onChange={(e) => setAnonymize(e.currentTarget.checked)}
          data-testid="report-anonymize"
        />
        <Button component="a" href={href} download leftSection={<DownloadIcon size={16} />} data-testid="report-download">
          {t('evaluation.staff.report.download')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('evaluation.staff.report.audited')}
        </Text>
      </Stack>
    </Card>
  );
}
