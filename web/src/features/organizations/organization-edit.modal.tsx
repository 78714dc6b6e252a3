import { EditModal } from '../../components/edit-modal';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrapWithEtag, type Organization } from '../../api/client';
import { fieldErrorsOf } from '../../api/form-errors';
import { brnError } from './brn.validate';
import { OrganizationFields } from './organization.fields';
import { changedBody, valuesOf, type OrganizationFormValues } from './organization.form-values';
import { organizationQuery } from './organization.queries';

/**
 * Edits with If-Match: when someone else saved first (409), the user is told and may load
 * the latest version before editing again.
 */
export function OrganizationEditModal({ opened, onClose, org, etag }: { opened: boolean; onClose: () => void; org: Organization; etag: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const form = useForm<OrganizationFormValues>({
    initialValues: valuesOf(org),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      businessRegistrationNumber: (v) => brnError(t, v),
    },
  });

  // Opening the dialog starts from the version on screen.
  useEffect(() => {
    if (opened) {
      form.setValues(valuesOf(org));
      form.resetDirty(valuesOf(org));
      form.clearErrors();
      setConflict(false);
    }
  }, [opened]);

  const save = useMutation({
    mutationFn: (v: OrganizationFormValues) =>
      unwrapWithEtag(
        api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id: org.id }, header: { 'if-match': etag } },
          body: changedBody(valuesOf(org), v),
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(organizationQuery(org.id).queryKey, result);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
      notifications.show({ color: 'teal', message: t('organization.saved') });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') setConflict(true);
      else form.setErrors(fieldErrorsOf(error));
    },
  });

  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...organizationQuery(org.id), staleTime: 0 });
    form.setValues(valuesOf(latest.data));
    form.resetDirty(valuesOf(latest.data));
    setConflict(false);
    save.reset();
  };

  return (
    <EditModal
      opened={opened}
      onClose={onClose}
      title={t('organization.editTitle', { name: org.name })}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      conflict={conflict ? { title: t('organization.conflictTitle'), message: t('organization.conflict'), reloadLabel: t('organization.reloadLatest'), onReload: () => void reload(), testId: 'edit-conflict' } : null}
      error={save.error}
      fieldErrors={Object.keys(form.errors).length > 0}
      saving={save.isPending}
      dirty={form.isDirty()}
    >
      <OrganizationFields form={form} />
    </EditModal>
  );
}
