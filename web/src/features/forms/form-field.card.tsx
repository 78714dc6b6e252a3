import { ActionIcon, Badge, Box, Group, Menu, Paper, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../applications/application-form.fields';
import { useBuilder } from './form-builder.context';
import { conditionProblem, deleteField, dependentsOf, duplicateField, moveField, moveFieldToSection, type DraftField } from './form-draft';
import { DeleteButton } from './form-delete.button';
import { FieldEditor } from './form-field.editor';
import { ArrowDownIcon, ArrowUpIcon, BranchIcon, CopyIcon, DotsIcon } from './form.icons';

/** One question in the builder: a summary line with its actions, opened into its editor. */
export function FieldCard({ field, number, first, last }: { field: DraftField; number: string; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { draft, edit, errors, openUid, setOpenUid } = useBuilder();
  const open = openUid === field.uid;
  const label = l(field.label) || t('formBuilder.field.untitled');
  const problems = Object.keys(errors.byUid[field.uid] ?? {}).length;
  const on = field.showIf ? draft.sections.flatMap((s) => s.fields).find((f) => f.key === field.showIf!.field) : undefined;
  const dependents = dependentsOf(draft, field.key).length;
  const conditionWrong = !!conditionProblem(draft, field);
  const others = draft.sections.filter((s) => !s.fields.some((f) => f.uid === field.uid));

  return (
    <Paper withBorder radius="md" p={0} data-testid="field-card" data-key={field.key} data-uid={field.uid} style={problems ? { borderColor: 'var(--mantine-color-red-6)' } : open ? { borderColor: 'var(--mantine-color-brand-5)' } : undefined}>
      <Group gap="xs" wrap="nowrap" px="sm" py={8} bg={open ? 'var(--mantine-color-brand-0)' : undefined} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
        <UnstyledButton onClick={() => setOpenUid(open ? null : field.uid)} aria-expanded={open} style={{ flex: 1, minWidth: 0 }} data-testid="field-toggle">
          <Group gap={8} wrap="nowrap">
            <Text size="sm" c="dimmed" w={36} style={{ flexShrink: 0 }}>
              {number}
            </Text>
            <Box style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {label}
                {field.required ? (
                  <Text span c="red">
                    {' *'}
                  </Text>
                ) : null}
              </Text>
              <Group gap={6} mt={2}>
                <Badge size="xs" variant="light" color="gray" radius="sm">
                  {t(`formBuilder.types.${field.type}`)}
                </Badge>
                {field.showIf ? (
                  <Badge size="xs" variant="light" color={conditionWrong ? 'red' : 'grape'} radius="sm" leftSection={<BranchIcon size={10} />} data-testid={conditionWrong ? 'condition-needs-check' : undefined}>
                    {conditionWrong ? t('formBuilder.field.conditionCheck') : t('formBuilder.field.conditional', { label: on ? l(on.label) : field.showIf.field })}
                  </Badge>
                ) : null}
                {problems ? (
                  <Badge size="xs" color="red" radius="sm" data-testid="field-has-errors">
                    {t('formBuilder.field.problems', { count: problems })}
                  </Badge>
                ) : null}
              </Group>
            </Box>
          </Group>
        </UnstyledButton>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" disabled={first} aria-label={t('formBuilder.field.moveUp', { label })} onClick={() => edit((d) => moveField(d, field.uid, -1))}>
            <ArrowUpIcon />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={last} aria-label={t('formBuilder.field.moveDown', { label })} onClick={() => edit((d) => moveField(d, field.uid, 1))}>
            <ArrowDownIcon />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={t('formBuilder.field.duplicate', { label })} onClick={() => edit((d) => duplicateField(d, field.uid, (ko) => t('formBuilder.field.copyOf', { label: ko })))}>
            <CopyIcon />
          </ActionIcon>
          {others.length ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('formBuilder.field.moveTo', { label })}>
                  <DotsIcon />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('formBuilder.field.moveToLabel')}</Menu.Label>
                {others.map((s) => (
                  <Menu.Item key={s.uid} onClick={() => edit((d) => moveFieldToSection(d, field.uid, s.uid))}>
                    {l(s.title) || t('formBuilder.section.untitled')}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
          <DeleteButton
            name={t('formBuilder.field.delete', { label })}
            question={dependents ? t('formBuilder.field.deleteWithConditions', { count: dependents }) : t('formBuilder.field.deleteQuestion')}
            onDelete={() => edit((d) => deleteField(d, field.uid))}
          />
        </Group>
      </Group>
      {open ? (
        <Box px="md" pb="md" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <FieldEditor field={field} />
        </Box>
      ) : null}
    </Paper>
  );
}
