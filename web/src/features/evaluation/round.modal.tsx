import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { EditModal } from '../../components/edit-modal';
import type { Call } from '../calls/call.codes';
import { ifMatchOf, type Round } from './round.codes';
import { RoundFields } from './round.fields';
import { bodyOf, changedBody, emptyRoundValues, roundErrorsOf, roundValidate, valuesOf, type RoundFormValues } from './round.form-values';
import { roundsQuery } from './round.queries';

/** Brings the first field (or list) at fault into view, so an error below the fold is not missed. */
function showFirstError(container: HTMLElement | null) {
  requestAnimationFrame(() => {
    const first = container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-section-error]');
    first?.scrollIntoView({ block: 'center' });
    if (first?.matches('input, textarea')) first.focus({ preventScroll: true });
  });
}

/**
 * Adds a round after the call's last one or, given one, changes it with If-Match on the version on
 * screen: when someone else saved first (409), the user is told and may load the latest version.
 */
export function RoundModal({ opened, onClose, call, round }: { opened: boolean; onClose: () => void; call: Call; round?: Round }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  // The version the form started from; the reload after a conflict moves it on.
  const [base, setBase] = useState<Round | undefined>(round);
  const fields = useRef<HTMLDivElement>(null);
  const form = useForm<RoundFormValues>({ initialValues: emptyRoundValues(call.selectCount), validate: roundValidate(t) });

  const start = (from: Round | undefined) => {
    const values = from ? valuesOf(from) : emptyRoundValues(call.selectCount);
    setBase(from);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setConflict(false);
    save.reset();
  };

  useEffect(() => {
    if (opened) start(round);
  }, [opened, round]);

  const listKey = roundsQuery(call.id).queryKey;
  const save = useMutation({
    mutationFn: (v: RoundFormValues) =>
      base
        ? unwrap(api.PATCH('/api/v1/rounds/{id}', { params: { path: { id: base.id }, header: { 'if-match': ifMatchOf(base) } }, body: changedBody(valuesOf(base), v) }))
        : unwrap(api.POST('/api/v1/calls/{id}/rounds', { params: { path: { id: call.id } }, body: bodyOf(v) })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: listKey });
      notifications.show({ color: 'teal', message: base ? t('round.saved', { name: saved.name }) : t('round.created', { name: saved.name }) });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'versionConflict') {
        setConflict(true);
        return;
      }
      form.setErrors(roundErrorsOf(error));
      showFirstError(fields.current);
      // Gone, or no longer ours: show the list as it is now.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });

  const reload = async () => {
    if (!base) return;
    start(await unwrap(api.GET('/api/v1/rounds/{id}', { params: { path: { id: base.id } } })));
    void queryClient.invalidateQueries({ queryKey: listKey });
  };

  return (
    <EditModal
      opened={opened}
      onClose={onClose}
      title={base ? t('round.editTitle', { name: base.name }) : t('round.createTitle', { call: call.title })}
      onSubmit={form.onSubmit(
        (v) => save.mutate(v),
        () => showFirstError(fields.current),
      )}
      conflict={conflict ? { title: t('round.conflictTitle'), message: t('round.conflict'), reloadLabel: t('round.reloadLatest'), onReload: () => void reload(), testId: 'round-conflict' } : null}
      error={save.error}
      fieldErrors={Object.keys(form.errors).length > 0}
      saving={save.isPending}
      dirty={base ? form.isDirty() : true}
    >
      <div ref={fields}>
        <RoundFields form={form} locked={!!base && base.status !== 'setup'} />
      </div>
    </EditModal>
  );
}
