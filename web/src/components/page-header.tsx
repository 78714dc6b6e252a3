import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row of a page: title, an optional line below, actions on the right. */
export function PageHeader({ title, description, actions, badges }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; badges?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Group gap="sm" wrap="wrap">
          <Title order={2} fz={{ base: 22, sm: 26 }}>
            {title}
          </Title>
          {badges}
        </Group>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
