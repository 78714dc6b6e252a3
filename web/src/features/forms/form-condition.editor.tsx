import { Group, MultiSelect, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../applications/application-form.fields';
import { useBuilder } from './form-builder.context';
import { conditionProblem, earlierConditionFields, type DraftField } from './form-draft';

type Props = { field: DraftField; onChange: (field: DraftField) => void; error?: string };

/** "Show only when [an earlier question] is [this answer]": the earlier choice, multiple-choice or yes/no questions and their answers. */
export function ConditionEditor({ field, onChange, error }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { draft } = useBuilder();
  const earlier = earlierConditionFields(draft, field.uid);
  const showIf = field.showIf;
  const on = showIf ? earlier.find((f) => f.key === showIf.field) : undefined;

  const firstAnswer = (target: DraftField) => (target.type === 'yesNo' ? true : (target.options?.[0]?.value ?? ''));
  const toggle = (checked: boolean) => {
    if (!checked) {
      const { showIf: _showIf, ...rest } = field;
      onChange(rest);
      return;
    }
    const target = earlier.at(-1);
    if (target) onChange({ ...field, showIf: { field: target.key, equals: firstAnswer(target) } });
  };
  const setTarget = (key: string | null) => {
    const target = earlier.find((f) => f.key === key);
    if (target) onChange({ ...field, showIf: { field: target.key, equals: firstAnswer(target) } });
  };
  const setEquals = (equals: string | boolean | string[]) => showIf && onChange({ ...field, showIf: { ...showIf, equals } });

  const chosen = showIf ? (Array.isArray(showIf.equals) ? showIf.equals : typeof showIf.equals === 'string' ? [showIf.equals] : []) : [];
  const wrong = conditionProblem(draft, field);
  const problem = error ?? (wrong ? t(`formBuilder.condition.${wrong}`) : undefined);

  return (
    <Paper withBorder p="sm" radius="sm" bg={showIf ? 'var(--mantine-color-grape-0)' : undefined} data-testid="condition-editor">
      <Stack gap="xs">
        <Switch
          label={t('formBuilder.condition.toggle')}
          description={earlier.length || showIf ? t('formBuilder.condition.toggleHint') : t('formBuilder.condition.noneEarlier')}
          checked={!!showIf}
          disabled={!showIf && !earlier.length}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        {showIf ? (
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Select
              label={t('formBuilder.condition.question')}
              data={earlier.map((f) => ({ value: f.key, label: l(f.label) || f.key }))}
              value={on ? showIf.field : null}
              placeholder={showIf.field}
              onChange={setTarget}
              allowDeselect={false}
              style={{ flex: '1 1 220px' }}
            />
            {on?.type === 'yesNo' ? (
              <Select
                label={t('formBuilder.condition.answer')}
                data={[
                  { value: 'true', label: t('application.yes') },
                  { value: 'false', label: t('application.no') },
                ]}
                value={String(showIf.equals === true)}
                onChange={(v) => setEquals(v === 'true')}
                allowDeselect={false}
                style={{ flex: '1 1 160px' }}
              />
            ) : on ? (
              <MultiSelect
                label={t('formBuilder.condition.answers')}
                data={(on.options ?? []).map((o) => ({ value: o.value, label: l(o.label) || o.value }))}
                value={chosen.filter((v) => on.options?.some((o) => o.value === v))}
                onChange={(v) => setEquals(v.length === 1 ? v[0]! : v)}
                style={{ flex: '1 1 220px' }}
              />
            ) : null}
          </Group>
        ) : null}
        {showIf && on && !problem ? (
          <Text size="xs" c="dimmed" data-testid="condition-summary">
            {t('formBuilder.condition.summary', {
              question: l(on.label),
              answer: on.type === 'yesNo' ? t(showIf.equals === true ? 'application.yes' : 'application.no') : chosen.map((v) => l(on.options?.find((o) => o.value === v)?.label) || v).join(', '),
            })}
          </Text>
        ) : null}
        {problem ? (
          <Text size="xs" c="red" role="alert">
            {problem}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
