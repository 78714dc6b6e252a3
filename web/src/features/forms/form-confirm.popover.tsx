import { Button, Group, Popover, Stack, Text, type PopoverProps } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  position: PopoverProps['position'];
  width: number;
  /** The button that opens it; `toggle` opens and closes it. */
  target: (toggle: () => void) => ReactElement;
};

/** Asks once, at its button, before an action that cannot be taken back: 취소, or the red confirm. */
export function ConfirmPopover({ question, confirmLabel, onConfirm, position, width, target }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position={position} withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>{target(() => setOpened((o) => !o))}</Popover.Target>
      <Popover.Dropdown maw={width}>
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
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
