import { Button, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Program } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { programQuery } from './program.queries';

type Cohort = Program['cohorts'][number];
type Values = { name: string; startedOn: string | null; endedOn: string | null; capacity: number | string };

const valuesOf = (c?: Cohort): Values => ({ name: c?.name ?? '', startedOn: c?.startedOn ?? null, endedOn: c?.endedOn ?? null, capacity: c?.capacity ?? '' });

const bodyOf = (v: Values) => ({
  name: v.name.trim(),
  startedOn: v.startedOn || null,
  endedOn: v.endedOn || null,
  capacity: typeof v.capacity === 'number' ? v.capacity : null,
});

/** Adds a cohort (기수) to a program or, given one, edits it. */
export function CohortModal({ opened, onClose, program, cohort }: { opened: boolean; onClose: () => void; program: Program; cohort?: Cohort }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: valuesOf(cohort),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      endedOn: (v, values) => (v && values.startedOn && v < values.startedOn ? t('validation.endBeforeStart') : null),
      capacity: (v) => (typeof v === 'number' && v < 1 ? t('validation.tooSmall', { minimum: 1 }) : null),
    },
  });

  useEffect(() => {
    if (opened) {
      form.setValues(valuesOf(cohort));
      form.resetDirty(valuesOf(cohort));
      form.clearErrors();
      save.reset();
    }
  }, [opened, cohort]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      cohort
        ? unwrap(api.PATCH('/api/v1/programs/{id}/cohorts/{cohortId}', { params: { path: { id: program.id, cohortId: cohort.id } }, body: bodyOf(v) }))
        : unwrap(api.POST('/api/v1/programs/{id}/cohorts', { params: { path: { id: program.id } }, body: bodyOf(v) })),
    onSuccess: (result) => {
      queryClient.setQueryData(programQuery(result.id).queryKey, result);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
      notifications.show({ color: 'teal', message: t(cohort ? 'cohort.saved' : 'cohort.added') });
      onClose();
    },
    onError: (error) => {
      form.setErrors(fieldErrorsOf(error));
      // The program or the cohort is gone, or no longer ours: show the page as it is now.
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) void queryClient.invalidateQueries({ queryKey: ['programs', program.id] });
    },
  });
  const general = save.error && !Object.keys(form.errors).length ? problemMessage(save.error, t('common.tryAgainLater')) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={cohort ? t('cohort.editTitle', { name: cohort.name }) : t('cohort.addTitle', { program: program.name })} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          <TextInput label={t('cohort.name')} placeholder={t('cohort.namePlaceholder')} required maxLength={100} {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateInput label={t('cohort.startedOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('startedOn')} />
            <DateInput label={t('cohort.endedOn')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable {...form.getInputProps('endedOn')} />
          </SimpleGrid>
          <NumberInput
            label={t('cohort.capacity')}
            description={t('cohort.capacityHint')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            {...form.getInputProps('capacity')}
          />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={save.isPending} disabled={cohort ? !form.isDirty() : false}>
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
