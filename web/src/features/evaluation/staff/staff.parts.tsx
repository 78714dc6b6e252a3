import { Badge, Center, Loader, Select, type BadgeProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FocusEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/problem.alert';
import { applicationLabel } from './staff.codes';
import { progressQuery, roundJudgesQuery } from './staff.queries';

// A badge's label clips by default, and a table cell then shrinks it to nothing: keep its words whole.
const whole = { label: { overflow: 'visible' } } as const;

/** A small status badge whose words never clip in a narrow table cell. */
export function StatusBadge({ children, ...props }: BadgeProps & { children: ReactNode; 'data-testid'?: string }) {
  return (
    <Badge radius="sm" variant="light" styles={whole} {...props}>
      {children}
    </Badge>
  );
}

/** A query's loading and error states inside a card; the content once it has data. */
export function Loading<T>({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <Center py="md">
        <Loader type="dots" size="sm" />
      </Center>
    );
  if (query.isError) return <ProblemAlert>{problemMessage(query.error, t('common.tryAgainLater'))}</ProblemAlert>;
  return <>{children(query.data as T)}</>;
}

type PickerProps = {
  roundId: string;
  label: ReactNode;
  required?: boolean;
  error?: ReactNode;
  value?: string | null;
  onChange: (value: string | null) => void;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  onFocus?: FocusEventHandler<HTMLInputElement>;
};

/** A judge of the round who may still be given or spared work: invited or active. */
export function JudgePicker({ roundId, value, onChange, ...props }: PickerProps) {
  const judges = useQuery(roundJudgesQuery(roundId));
  const data = (judges.data ?? []).filter((j) => j.status === 'invited' || j.status === 'active').map((j) => ({ value: j.personId, label: j.affiliation ? `${j.name} (${j.affiliation})` : j.name }));
  return <Select searchable data={data} value={value ?? null} onChange={onChange} nothingFoundMessage="—" {...props} />;
}

/** An application the round evaluates, by receipt number and organization. */
export function ApplicationPicker({ roundId, value, onChange, ...props }: PickerProps) {
  const progress = useQuery(progressQuery(roundId));
  const data = (progress.data?.applications ?? []).map((a) => ({ value: a.applicationId, label: applicationLabel(a) }));
  return <Select searchable data={data} value={value ?? null} onChange={onChange} nothingFoundMessage="—" {...props} />;
}
