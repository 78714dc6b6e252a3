import { Button, Card, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { dirty: boolean; nextVersion: number; saving: boolean; canRevert: boolean; onSave: () => void; onRevert: () => void; disabled: boolean };

/** Stays in view at the bottom: whether there are unsaved changes, Save (as the next version), and undoing them all. */
export function SaveBar({ dirty, nextVersion, saving, canRevert, onSave, onRevert, disabled }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <Card pos="sticky" bottom={0} shadow="sm" padding="sm" style={{ zIndex: 5 }} data-testid="form-save-bar">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite" data-testid="form-dirty">
          {dirty ? t('formBuilder.save.dirty') : t('formBuilder.save.clean')}
        </Text>
        <Group gap="sm">
          {canRevert ? (
            <Popover opened={asking} onChange={setAsking} position="top-end" withArrow shadow="md" trapFocus returnFocus>
              <Popover.Target>
                <Button variant="subtle" color="gray" onClick={() => setAsking((a) => !a)} disabled={!dirty || saving}>
                  {t('formBuilder.save.revert')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown maw={300}>
                <Stack gap="xs">
                  <Text size="sm">{t('formBuilder.save.revertQuestion')}</Text>
                  <Group gap="xs" justify="flex-end">
                    <Button size="compact-sm" variant="default" onClick={() => setAsking(false)}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      size="compact-sm"
                      color="red"
                      onClick={() => {
                        setAsking(false);
                        onRevert();
                      }}
                    >
                      {t('formBuilder.save.revertDo')}
                    </Button>
                  </Group>
                </Stack>
              </Popover.Dropdown>
            </Popover>
          ) : null}
          <Button onClick={onSave} loading={saving} disabled={!dirty || disabled} data-testid="form-save">
            {t('formBuilder.save.save', { version: nextVersion })}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
