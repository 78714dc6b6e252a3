import { Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Label } from './form-draft';

type Props = {
  /** The Korean input's label; the English one is named after it. */
  label: string;
  value: Label | undefined;
  onChange: (value: Label) => void;
  error?: string;
  enError?: string;
  required?: boolean;
  multiline?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  testId?: string;
};

/** A text the applicant reads, in Korean (the one every form has) and optionally in English. */
export function LabelInputs({ label, value, onChange, error, enError, required, multiline, autoFocus, placeholder, testId }: Props) {
  const { t } = useTranslation();
  const Input = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 1, maxRows: 6 } : {};
  return (
    <Group grow align="flex-start" gap="sm" wrap="wrap">
      <Input
        {...extra}
        label={label}
        withAsterisk={required}
        value={value?.ko ?? ''}
        error={error}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
        onChange={(e) => onChange({ ...value, ko: e.currentTarget.value })}
        data-testid={testId}
        style={{ minWidth: 200 }}
      />
      <Input
        {...extra}
        label={t('formBuilder.inEnglish', { label })}
        value={value?.en ?? ''}
        error={enError}
        onChange={(e) => onChange({ ko: value?.ko ?? '', en: e.currentTarget.value })}
        style={{ minWidth: 200 }}
      />
    </Group>
  );
}
