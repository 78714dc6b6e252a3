import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuilderErrors } from './form-builder.errors';

/** Someone saved a newer version first (409): load it, or save this screen's form after it. */
export function FormConflictAlert({ onResolve }: { onResolve: (keepMine: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('formBuilder.conflict.title')} data-testid="form-conflict">
      <Stack gap="sm" align="flex-start">
        {t('formBuilder.conflict.body')}
        <Group gap="sm">
          <Button size="xs" variant="white" color="orange" onClick={() => onResolve(false)}>
            {t('formBuilder.conflict.loadLatest')}
          </Button>
          <Button size="xs" variant="white" color="orange" onClick={() => onResolve(true)}>
            {t('formBuilder.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The save was refused: how many places to fix (each marked on its question), and what names no question. */
export function FormErrorsAlert({ errors }: { errors: BuilderErrors }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('formBuilder.errors.title')} data-testid="form-errors">
      <Stack gap={4}>
        <Text size="sm">{t('formBuilder.errors.body', { count: errors.count })}</Text>
        {errors.general.map((m, i) => (
          <Text key={i} size="sm">
            {m}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
