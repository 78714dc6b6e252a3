import { Alert, Button, Stack } from '@mantine/core';

/** A save refused because someone saved a newer version (409): say so, and offer to load it. */
export function ConflictAlert({ title, message, reloadLabel, onReload, testId }: { title: string; message: string; reloadLabel: string; onReload: () => void; testId: string }) {
  return (
    <Alert color="orange" role="alert" title={title} data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        {message}
        <Button size="xs" variant="white" color="orange" onClick={onReload}>
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
