import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { LocalFormDraft } from './form-draft.local';

/** Work kept in this browser and never saved, offered back when the builder opens again. */
export function RestoreAlert({ local, currentVersion, onRestore, onDiscard }: { local: LocalFormDraft; currentVersion: number | null; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const moved = (local.baseVersion ?? 0) !== (currentVersion ?? 0);
  return (
    <Alert color="blue" variant="light" title={t('formBuilder.restore.title')} data-testid="form-restore">
      <Stack gap="sm" align="flex-start">
        {t('formBuilder.restore.body', { date: f.dateTime(local.editedAt) })}
        {moved && currentVersion ? <strong>{t('formBuilder.restore.moved', { version: currentVersion })}</strong> : null}
        <Group gap="sm">
          <Button size="xs" onClick={onRestore}>
            {t('formBuilder.restore.restore')}
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard}>
            {t('formBuilder.restore.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
