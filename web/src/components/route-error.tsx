import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { NotFound } from './not-found';

/** A page that failed to load: not found, or a message with a retry. */
export function RouteError({ error, reset }: { error: unknown; reset?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  return (
    <Alert color="red" title={t('common.loadFailed')} role="alert" maw={640}>
      <Stack gap="sm" align="flex-start">
        {error instanceof ApiError && error.problem ? error.problem.detail : t('common.tryAgainLater')}
        {reset ? (
          <Button size="xs" variant="white" color="red" onClick={reset}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
