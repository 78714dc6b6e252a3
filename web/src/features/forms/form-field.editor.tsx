import { Button, Collapse, Group, Select, Stack, Switch } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon } from '../../components/icons';
import { useBuilder } from './form-builder.context';
import { errorAt } from './form-builder.errors';
import { ConditionEditor } from './form-condition.editor';
import { changeType, FIELD_TYPES, updateField, type DraftField, type FieldType } from './form-draft';
import { FieldSettings } from './form-field.settings';
import { KeyEditor } from './form-key.editor';
import { LabelInputs } from './form-label.inputs';
import { useNewFieldTexts } from './form-add-field.menu';

/** Everything about one question: type, wording, required, its type's settings, condition and key. */
export function FieldEditor({ field }: { field: DraftField }) {
  const { t } = useTranslation();
  const { edit, errors, clearErrors, addedUid, setAddedUid } = useBuilder();
  const texts = useNewFieldTexts();
  const mine = errors.byUid[field.uid];
  const keyError = errorAt(mine, 'key');
  const [advanced, setAdvanced] = useState(!!keyError);
  useEffect(() => {
    if (keyError) setAdvanced(true);
  }, [keyError]);
  // The new question's label took the focus (its default words selected, to be typed over); once is enough.
  const justAdded = addedUid === field.uid;
  useEffect(() => {
    if (justAdded) setAddedUid(null);
  }, [justAdded, setAddedUid]);
  const change = (next: DraftField) => {
    clearErrors(field.uid);
    edit((d) => updateField(d, field.uid, next));
  };

  return (
    <Stack gap="md" data-testid="field-editor">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('formBuilder.field.type')}
          data={FIELD_TYPES.map((type) => ({ value: type, label: t(`formBuilder.types.${type}`) }))}
          value={field.type}
          allowDeselect={false}
          onChange={(v) => v && v !== field.type && change(changeType(field, v as FieldType, texts))}
          w={200}
        />
        <Switch label={t('formBuilder.field.required')} checked={field.required} onChange={(e) => change({ ...field, required: e.currentTarget.checked })} mb={8} />
      </Group>
      <LabelInputs
        label={t('formBuilder.field.label')}
        required
        value={field.label}
        onChange={(label) => change({ ...field, label: { ...label } })}
        error={errorAt(mine, 'label.ko', 'label')}
        enError={errorAt(mine, 'label.en')}
        autoFocus={justAdded}
        testId="field-label"
      />
      <LabelInputs
        label={t('formBuilder.field.help')}
        value={field.help}
        onChange={(help) => change({ ...field, help })}
        error={errorAt(mine, 'help.ko', 'help')}
        enError={errorAt(mine, 'help.en')}
        placeholder={t('formBuilder.field.helpPlaceholder')}
      />
      <FieldSettings field={field} onChange={change} errors={mine} />
      <ConditionEditor field={field} onChange={change} error={errorAt(mine, 'showIf.field', 'showIf.equals', 'showIf')} />
      <div>
        <Button variant="subtle" size="compact-sm" color="gray" onClick={() => setAdvanced((a) => !a)} aria-expanded={advanced} rightSection={<ChevronDownIcon size={14} style={{ transform: advanced ? 'rotate(180deg)' : undefined }} />}>
          {t('formBuilder.field.advanced')}
        </Button>
        <Collapse expanded={advanced}>
          <KeyEditor field={field} onChange={change} error={keyError} />
        </Collapse>
      </div>
    </Stack>
  );
}
