import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';
import { useBuilder } from './form-builder.context';
import { addField, FIELD_TYPES, newField, type NewFieldTexts } from './form-draft';

/** The words a new question starts with (the staff then write their own). */
export function useNewFieldTexts(): NewFieldTexts {
  const { t } = useTranslation();
  return {
    label: t('formBuilder.field.defaultLabel'),
    option: (n) => t('formBuilder.options.defaultLabel', { n }),
    column: t('formBuilder.columns.defaultLabel', { n: 1 }),
  };
}

/** "Add a question" to a section: a menu of the question types, each with what it asks for. */
export function AddFieldMenu({ sectionUid, sectionTitle }: { sectionUid: string; sectionTitle: string }) {
  const { t } = useTranslation();
  const { draft, edit, setOpenUid, setAddedUid, clearErrors } = useBuilder();
  const texts = useNewFieldTexts();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="light" size="sm" leftSection={<PlusIcon size={16} />} aria-label={t('formBuilder.field.addTo', { section: sectionTitle })}>
          {t('formBuilder.field.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown miw={260}>
        {FIELD_TYPES.map((type) => (
          <Menu.Item
            key={type}
            onClick={() => {
              const field = newField(draft, type, texts);
              edit((d) => addField(d, sectionUid, field));
              setOpenUid(field.uid);
              setAddedUid(field.uid);
              clearErrors(sectionUid);
            }}
          >
            <Text size="sm" fw={500}>
              {t(`formBuilder.types.${type}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`formBuilder.typeHints.${type}`)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
