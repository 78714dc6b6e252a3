import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A problem that stops what the user asked for, read out at once (role="alert"); nothing while there is none. */
export function ProblemAlert({ children, ...props }: Omit<AlertProps, 'color' | 'children'> & { children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert color="red" role="alert" {...props}>
      {children}
    </Alert>
  );
}
