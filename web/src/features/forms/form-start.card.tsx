import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../applications/application-form.fields';
import type { FormDefinition } from '../applications/application-form.rules';
import { formTemplates } from './form-templates';

/** A call without a form: start from a template (then edit it) or from one empty section. */
export function FormStartCard({ onStart }: { onStart: (from: FormDefinition | null) => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <Card data-testid="form-start">
      <Stack gap="md">
        <div>
          <Title order={3} fz="lg">
            {t('formBuilder.start.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('formBuilder.start.lead')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {formTemplates.map((template) => {
            const name = t(`formBuilder.templates.${template.id}.name`);
            const questions = template.definition.sections.reduce((n, s) => n + s.fields.length, 0);
            return (
              <Card key={template.id} withBorder padding="md" bg="var(--mantine-color-gray-0)" data-testid="form-template">
                <Stack gap="xs" h="100%" justify="space-between">
                  <Stack gap={6}>
                    <Group gap="xs" justify="space-between" wrap="nowrap">
                      <Text fw={600}>{name}</Text>
                      <Badge variant="light" radius="sm">
                        {t('formBuilder.start.questions', { count: questions })}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t(`formBuilder.templates.${template.id}.description`)}
                    </Text>
                    <Text size="xs">{template.definition.sections.map((s) => l(s.title)).join(' · ')}</Text>
                  </Stack>
                  <Button variant="light" onClick={() => onStart(template.definition)} aria-label={t('formBuilder.start.useTemplate', { name })}>
                    {t('formBuilder.start.use')}
                  </Button>
                </Stack>
              </Card>
            );
          })}
          <Card withBorder padding="md" style={{ borderStyle: 'dashed' }}>
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={6}>
                <Text fw={600}>{t('formBuilder.start.blank')}</Text>
                <Text size="sm" c="dimmed">
                  {t('formBuilder.start.blankHint')}
                </Text>
              </Stack>
              <Button variant="default" onClick={() => onStart(null)}>
                {t('formBuilder.start.useBlank')}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
