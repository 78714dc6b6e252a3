import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asked when the user leaves the builder with changes not saved (TanStack Router's blocker). */
export function LeaveModal({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('formBuilder.leave.title')} data-testid="leave-modal">
      <Stack gap="md">
        <Text size="sm">{t('formBuilder.leave.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onLeave}>
            {t('formBuilder.leave.leave')}
          </Button>
          <Button onClick={onStay} data-autofocus>
            {t('formBuilder.leave.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
