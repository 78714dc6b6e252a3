import { EditModal } from '../../components/edit-modal';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Program } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import { ProgramFields } from './program.fields';
import { changedBody, programValidate, valuesOf, type ProgramFormValues } from './program.form-values';
import { ifMatchOf, programQuery } from './program.queries';

/**
 * Edits with If-Match on the version on screen: when someone else saved first (409), the user
 * is told and may load the latest version before editing again.
 */
export function ProgramEditModal({ opened, onClose, program }: { opened: boolean; onClose: () => void; program: Program }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  // The version the form started from; the reload after a conflict moves it on.
  const [base, setBase] = useState(program);
  const form = useForm<ProgramFormValues>({ initialValues: valuesOf(program), validate: programValidate(t) });

  useEffect(() => {
    if (opened) {
      setBase(program);
      form.setValues(valuesOf(program));
      form.resetDirty(valuesOf(program));
      form.clearErrors();
      setConflict(false);
      save.reset();
    }
  }, [opened]);

  const save = useMutation({
    mutationFn: (v: ProgramFormValues) =>
      unwrap(
        api.PATCH('/api/v1/programs/{id}', {
          params: { path: { id: base.id }, header: { 'if-match': ifMatchOf(base) } },
          body: changedBody(valuesOf(base), v),
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(programQuery(result.id).queryKey, result);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
      notifications.show({ color: 'teal', message: t('program.saved') });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') setConflict(true);
      else form.setErrors(fieldErrorsOf(error));
    },
  });

  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...programQuery(base.id), staleTime: 0 });
    setBase(latest);
    form.setValues(valuesOf(latest));
    form.resetDirty(valuesOf(latest));
    form.clearErrors();
    setConflict(false);
    save.reset();
  };

  return (
    <EditModal
      opened={opened}
      onClose={onClose}
      title={t('program.editTitle', { name: program.name })}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      conflict={conflict ? { title: t('program.conflictTitle'), message: t('program.conflict'), reloadLabel: t('program.reloadLatest'), onReload: () => void reload(), testId: 'program-conflict' } : null}
      error={save.error}
      fieldErrors={Object.keys(form.errors).length > 0}
      saving={save.isPending}
      dirty={form.isDirty()}
    >
      <ProgramFields form={form} />
    </EditModal>
  );
}
