import { Button, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmPopover } from './form-confirm.popover';

type Props = { dirty: boolean; nextVersion: number; saving: boolean; canRevert: boolean; onSave: () => void; onRevert: () => void; disabled: boolean };

/** Stays in view at the bottom: whether there are unsaved changes, Save (as the next version), and undoing them all. */
export function SaveBar({ dirty, nextVersion, saving, canRevert, onSave, onRevert, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Card pos="sticky" bottom={0} shadow="sm" padding="sm" style={{ zIndex: 5 }} data-testid="form-save-bar">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite" data-testid="form-dirty">
          {dirty ? t('formBuilder.save.dirty') : t('formBuilder.save.clean')}
        </Text>
        <Group gap="sm">
          {canRevert ? (
            <ConfirmPopover
              question={t('formBuilder.save.revertQuestion')}
              confirmLabel={t('formBuilder.save.revertDo')}
              onConfirm={onRevert}
              position="top-end"
              width={300}
              target={(toggle) => (
                <Button variant="subtle" color="gray" onClick={toggle} disabled={!dirty || saving}>
                  {t('formBuilder.save.revert')}
                </Button>
              )}
            />
          ) : null}
          <Button onClick={onSave} loading={saving} disabled={!dirty || disabled} data-testid="form-save">
            {t('formBuilder.save.save', { version: nextVersion })}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
