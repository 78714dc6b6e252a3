import { Alert, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerField, AnswerSection } from '../applications/application-form.fields';
import { checkAnswers, isShown, type Answers, type FormDefinition } from '../applications/application-form.rules';

/**
 * The form as applicants will see it, drawn by the application page's own question renderer:
 * answers typed here try the conditions and the checks, and are never saved.
 */
export function FormPreview({ definition }: { definition: FormDefinition }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const [asSubmitted, setAsSubmitted] = useState(false);
  const errors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const issue of checkAnswers(definition, answers, asSubmitted)) out[issue.path] ??= t(issue.key as 'validation.required', issue.params ?? {});
    return out;
  }, [definition, answers, asSubmitted, t]);
  const hidden = definition.sections.flatMap((s) => s.fields).filter((f) => !isShown(f, answers)).length;

  return (
    <Stack gap="md" data-testid="form-preview">
      <Alert color="blue" variant="light" p="sm">
        <Stack gap={6}>
          <Text size="sm">{t('formBuilder.preview.notice')}</Text>
          <Group gap="md" justify="space-between" wrap="wrap">
            <Switch size="xs" label={t('formBuilder.preview.asSubmitted')} checked={asSubmitted} onChange={(e) => setAsSubmitted(e.currentTarget.checked)} />
            <Group gap="xs">
              {hidden ? (
                <Text size="xs" c="dimmed" data-testid="preview-hidden">
                  {t('formBuilder.preview.hidden', { count: hidden })}
                </Text>
              ) : null}
              <Button size="compact-xs" variant="default" onClick={() => setAnswers({})}>
                {t('formBuilder.preview.clear')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Alert>
      {definition.sections.map((section, s) => (
        <AnswerSection key={s} section={section}>
          {section.fields
            .filter((field) => isShown(field, answers))
            .map((field, i) => (
              <AnswerField
                key={`${field.key}-${i}`}
                field={field}
                value={answers[field.key]}
                errors={errors}
                disabled={false}
                applicationId=""
                preview
                onChange={(value) => setAnswers((a) => ({ ...a, [field.key]: value }))}
              />
            ))}
          {!section.fields.length ? (
            <Text size="sm" c="dimmed">
              {t('formBuilder.section.empty')}
            </Text>
          ) : null}
        </AnswerSection>
      ))}
    </Stack>
  );
}
