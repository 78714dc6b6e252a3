import { Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The counting rules (docs/counting-rules.md) the figures follow, by number, as short sentences. */
const RULES = [
  { id: 'supported', rules: '1' },
  { id: 'once', rules: '2' },
  { id: 'kinds', rules: '3' },
  { id: 'figures', rules: '4·5' },
  { id: 'verified', rules: '6' },
  { id: 'granularity', rules: '7' },
  { id: 'money', rules: '8' },
  { id: 'jobs', rules: '9' },
  { id: 'investment', rules: '10·11' },
  { id: 'tech', rules: '12' },
] as const;

/** Footnotes of the counting rules under the figures. */
export function CountingNotes() {
  const { t } = useTranslation();
  return (
    <Card data-testid="counting-notes">
      <Title order={3} fz="md" mb={4}>
        {t('dashboard.rules.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('dashboard.rules.lead')}
      </Text>
      <List size="sm" spacing={4} c="dimmed">
        {RULES.map((r) => (
          <List.Item key={r.id}>
            <Text span size="sm" c="dimmed">
              {t(`dashboard.rules.${r.id}`)}{' '}
            </Text>
            <Text span size="xs" c="dimmed" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t('dashboard.rules.ref', { rules: r.rules })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
