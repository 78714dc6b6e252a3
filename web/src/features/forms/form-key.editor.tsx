import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './form-builder.context';
import { keysOf, type DraftField } from './form-draft';
import { KEY_PATTERN, keyFor } from './form-keys';

type Props = { field: DraftField; onChange: (field: DraftField) => void; error?: string };

/**
 * The key the answer is stored under. A new question's key follows its label; a question of a
 * saved version keeps its key unless the user unlocks it, warned that answers are stored under it.
 */
export function KeyEditor({ field, onChange, error }: Props) {
  const { t } = useTranslation();
  const { draft } = useBuilder();
  const saved = field.savedKey !== undefined;
  const [unlocked, setUnlocked] = useState(saved && field.key !== field.savedKey);
  const others = keysOf(draft).filter((k, i, all) => k !== field.key || all.indexOf(k) !== i);
  const problem = !KEY_PATTERN.test(field.key) ? t('formBuilder.errors.keyFormat') : others.includes(field.key) ? t('formBuilder.errors.keyTaken') : error;

  return (
    <Stack gap="xs" pt="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('formBuilder.key.label')}
          description={t('formBuilder.key.hint')}
          value={field.key}
          disabled={saved && !unlocked}
          onChange={(e) => onChange({ ...field, key: e.currentTarget.value.trim(), autoKey: false })}
          error={problem}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: '1 1 260px' }}
          data-testid="field-key"
        />
        {saved && !unlocked ? (
          <Button variant="default" onClick={() => setUnlocked(true)}>
            {t('formBuilder.key.unlock')}
          </Button>
        ) : null}
      </Group>
      {saved && unlocked ? (
        <Alert color="orange" variant="light" p="xs" data-testid="key-warning">
          <Stack gap={6} align="flex-start">
            {t('formBuilder.key.savedWarning', { key: field.savedKey })}
            {field.key !== field.savedKey ? (
              <Button size="compact-xs" variant="white" color="orange" onClick={() => onChange({ ...field, key: field.savedKey! })}>
                {t('formBuilder.key.restore', { key: field.savedKey })}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {!saved ? (
        <Checkbox
          size="xs"
          label={t('formBuilder.key.auto')}
          checked={field.autoKey}
          onChange={(e) => {
            const auto = e.currentTarget.checked;
            onChange(auto ? { ...field, autoKey: true, key: keyFor(field.label, keysOf(draft).filter((k) => k !== field.key), 'question') } : { ...field, autoKey: false });
          }}
        />
      ) : null}
    </Stack>
  );
}
