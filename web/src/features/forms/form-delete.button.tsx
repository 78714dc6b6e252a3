import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrashIcon } from '../../components/icons';

/** A delete icon that asks once before it deletes (`question` says what goes with it). */
export function DeleteButton({ name, question, onDelete, size = 'md' }: { name: string; question: string; onDelete: () => void; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="red" size={size} aria-label={name} onClick={() => setOpened((o) => !o)}>
          <TrashIcon size={size === 'sm' ? 14 : 16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown maw={280}>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group gap="xs" justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="compact-sm"
              color="red"
              onClick={() => {
                setOpened(false);
                onDelete();
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
