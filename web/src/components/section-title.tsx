import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function SectionTitle({ children, right }: { children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="nowrap">
      <Title order={3} fz="md">
        {children}
      </Title>
      {right}
    </Group>
  );
}
