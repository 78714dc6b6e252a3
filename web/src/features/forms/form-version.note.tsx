import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ApplicationForm } from '../applications/application.queries';

/** Which version applicants get now, when it was saved, and what saving does to applications already started. */
export function VersionNote({ saved }: { saved: ApplicationForm | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card padding="md" data-testid="form-version">
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          {saved ? (
            <>
              <Badge size="lg" radius="sm" variant="light" color="teal" data-testid="form-version-number">
                {t('formBuilder.version.current', { version: saved.version })}
              </Badge>
              <Text size="sm" data-testid="form-version-saved-at">
                {t('formBuilder.version.savedAt', { date: f.dateTime(saved.createdAt) })}
              </Text>
            </>
          ) : (
            <>
              <Badge size="lg" radius="sm" variant="light" color="gray" data-testid="form-version-number">
                {t('formBuilder.version.none')}
              </Badge>
              <Text size="sm">{t('formBuilder.version.noneHint')}</Text>
            </>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'keep-all' }}>
          {t('formBuilder.version.keepsVersion')}
        </Text>
      </Stack>
    </Card>
  );
}
