import { Switch } from '@mantine/core';
import { EditModal } from '../../components/edit-modal';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { programQuery } from '../programs/program.queries';
import type { Call } from './call.codes';
import { CallFields } from './call.fields';
import { callErrorsOf, callValidate, changedBody, valuesOf, type CallFormValues } from './call.form-values';
import { callQuery, ifMatchOf } from './call.queries';

/**
 * Edits, publishes or unpublishes a call with If-Match on the version on screen: when someone
 * else saved first (409), the user is told and may load the latest version before editing again.
 */
export function CallEditModal({ opened, onClose, call }: { opened: boolean; onClose: () => void; call: Call }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const program = useQuery({ ...programQuery(call.program.id), enabled: opened });
  const [conflict, setConflict] = useState(false);
  // The version the form started from; the reload after a conflict moves it on.
  const [base, setBase] = useState(call);
  const form = useForm<CallFormValues>({ initialValues: valuesOf(call), validate: callValidate(t) });

  const start = (from: Call) => {
    setBase(from);
    form.setValues(valuesOf(from));
    form.resetDirty(valuesOf(from));
    form.clearErrors();
    setConflict(false);
    save.reset();
  };

  useEffect(() => {
    if (opened) start(call);
  }, [opened]);

  const save = useMutation({
    mutationFn: (v: CallFormValues) =>
      unwrap(
        api.PATCH('/api/v1/calls/{id}', {
          params: { path: { id: base.id }, header: { 'if-match': ifMatchOf(base) } },
          body: changedBody(valuesOf(base), v),
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(callQuery(result.id).queryKey, result);
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'calls' && q.queryKey[1] !== result.id });
      const published = result.status !== 'draft' && base.status === 'draft';
      const unpublished = result.status === 'draft' && base.status !== 'draft';
      notifications.show({ color: 'teal', message: t(published ? 'call.published' : unpublished ? 'call.unpublished' : 'call.saved') });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') setConflict(true);
      else form.setErrors(callErrorsOf(error));
    },
  });

  const reload = async () => start(await queryClient.fetchQuery({ ...callQuery(base.id), staleTime: 0 }));

  return (
    <EditModal
      opened={opened}
      onClose={onClose}
      title={t('call.editTitle', { title: call.title })}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      conflict={conflict ? { title: t('call.conflictTitle'), message: t('call.conflict'), reloadLabel: t('call.reloadLatest'), onReload: () => void reload(), testId: 'call-conflict' } : null}
      error={save.error}
      fieldErrors={Object.keys(form.errors).length > 0}
      saving={save.isPending}
      dirty={form.isDirty()}
    >
      <Switch
        label={t('call.publishedSwitch')}
        description={form.values.published ? t('call.publishedOn') : t('call.publishedOff')}
        {...form.getInputProps('published', { type: 'checkbox' })}
      />
      <CallFields form={form} cohorts={program.data?.cohorts ?? (call.cohort ? [call.cohort] : [])} savedEligibility={base.eligibility} />
    </EditModal>
  );
}
