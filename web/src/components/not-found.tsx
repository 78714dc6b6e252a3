import { Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from './router-link';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Stack align="center" gap="sm">
        <Title order={1} c="dimmed">
          404
        </Title>
        <Text>{t('common.notFound')}</Text>
        <RouterButton to="/" variant="light">
          {t('common.goHome')}
        </RouterButton>
      </Stack>
    </Center>
  );
}
