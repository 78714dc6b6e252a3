import { Divider, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of the round dialog: a heading, a line saying what it is for, its inputs, and an error about the part as a whole. */
export function RoundSection({ title, lead, error, children, testId }: { title: string; lead?: ReactNode; error?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack gap="sm" data-testid={testId}>
      <Divider
        label={
          <Text fw={700} size="sm" c="dark">
            {title}
          </Text>
        }
        labelPosition="left"
      />
      {lead ? (
        <Text size="xs" c="dimmed">
          {lead}
        </Text>
      ) : null}
      {children}
      {error ? (
        <Text size="sm" c="red" role="alert" data-section-error>
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A unit after a number (점, 명, 곳), inside its input. */
export function Unit({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" pr={8} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}
