import { ActionIcon, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../applications/application-form.fields';
import { AddFieldMenu } from './form-add-field.menu';
import { useBuilder } from './form-builder.context';
import { errorAt } from './form-builder.errors';
import { deleteSection, moveSection, updateSection, type DraftSection } from './form-draft';
import { DeleteButton } from './form-delete.button';
import { FieldCard } from './form-field.card';
import { LabelInputs } from './form-label.inputs';
import { ArrowDownIcon, ArrowUpIcon } from './form.icons';

/** A section of the form: its title and description, its questions, and a menu to add one. */
export function SectionCard({ section, index }: { section: DraftSection; index: number }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { draft, edit, errors, clearErrors } = useBuilder();
  const mine = errors.byUid[section.uid];
  const count = draft.sections.length;
  const title = l(section.title) || t('formBuilder.section.untitled');
  const change = (patch: Partial<DraftSection>) => {
    clearErrors(section.uid);
    edit((d) => updateSection(d, section.uid, patch));
  };
  const lastSection = index === count - 1;
  const empty = errorAt(mine, 'fields');

  return (
    <Card data-testid="section-card" data-uid={section.uid} padding="md" style={empty ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Badge variant="light" radius="sm" size="lg">
            {t('formBuilder.section.number', { n: index + 1 })}
          </Badge>
          <Group gap={2} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" disabled={index === 0} aria-label={t('formBuilder.section.moveUp', { title })} onClick={() => edit((d) => moveSection(d, index, -1))}>
              <ArrowUpIcon />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" disabled={lastSection} aria-label={t('formBuilder.section.moveDown', { title })} onClick={() => edit((d) => moveSection(d, index, 1))}>
              <ArrowDownIcon />
            </ActionIcon>
            <DeleteButton
              name={t('formBuilder.section.delete', { title })}
              question={section.fields.length ? t('formBuilder.section.deleteWithFields', { count: section.fields.length }) : t('formBuilder.section.deleteQuestion')}
              onDelete={() => edit((d) => deleteSection(d, section.uid))}
            />
          </Group>
        </Group>
        <LabelInputs
          label={t('formBuilder.section.title')}
          required
          value={section.title}
          onChange={(title) => change({ title })}
          error={errorAt(mine, 'title.ko', 'title')}
          enError={errorAt(mine, 'title.en')}
          testId="section-title"
        />
        <LabelInputs
          label={t('formBuilder.section.description')}
          multiline
          value={section.description}
          onChange={(description) => change({ description })}
          error={errorAt(mine, 'description.ko', 'description')}
          placeholder={t('formBuilder.section.descriptionPlaceholder')}
        />
        <Stack gap={6} mt={4}>
          {section.fields.map((field, i) => (
            <FieldCard key={field.uid} field={field} number={`${index + 1}-${i + 1}`} first={index === 0 && i === 0} last={lastSection && i === section.fields.length - 1} />
          ))}
          {!section.fields.length ? (
            <Text size="sm" c={empty ? 'red' : 'dimmed'} role={empty ? 'alert' : undefined} py="xs">
              {empty ?? t('formBuilder.section.empty')}
            </Text>
          ) : null}
        </Stack>
        <div>
          <AddFieldMenu sectionUid={section.uid} sectionTitle={title} />
        </div>
      </Stack>
    </Card>
  );
}
