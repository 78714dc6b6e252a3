import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { activeCenterId, isNationalAdmin, staffCenterIds } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { useCenterOptions } from '../centers/center.queries';
import { supportKinds, type SupportKind } from './support-record.codes';

type Values = {
  centerId: string | null;
  kind: SupportKind | null;
  startedOn: string | null;
  endedOn: string | null;
  valueKrw: number | string;
  program: string;
  notes: string;
};

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(new Date());

/** Records a piece of support given to an organization, in one of the person's centers. */
export function SupportRecordModal({ opened, onClose, organizationId, organizationName }: { opened: boolean; onClose: () => void; organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const f = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const national = isNationalAdmin(me);
  const centers = useCenterOptions((c) => national || staffCenterIds(me).includes(c.id));

  const form = useForm<Values>({
    initialValues: { centerId: activeCenterId(me) ?? null, kind: null, startedOn: today(), endedOn: null, valueKrw: '', program: '', notes: '' },
    validate: {
      centerId: (v) => (v ? null : t('validation.required')),
      kind: (v) => (v ? null : t('validation.required')),
      startedOn: (v) => (v ? null : t('validation.required')),
      endedOn: (v, values) => (v && values.startedOn && v < values.startedOn ? t('validation.endBeforeStart') : null),
    },
  });

  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/support-records', {
          body: {
            organizationId,
            centerId: v.centerId,
            kind: v.kind!,
            startedOn: v.startedOn!,
            endedOn: v.endedOn,
            valueKrw: typeof v.valueKrw === 'number' ? v.valueKrw : null,
            program: v.program.trim() || undefined,
            notes: v.notes.trim() || undefined,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organizations', organizationId] });
      await queryClient.invalidateQueries({ queryKey: ['support-records'] });
      await queryClient.invalidateQueries({ queryKey: ['centers'] });
      notifications.show({ color: 'teal', message: t('support.recorded') });
      form.reset();
      onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const general = create.error && !Object.keys(form.errors).length ? problemMessage(create.error, t('common.tryAgainLater')) : null;
  const value = typeof form.values.valueKrw === 'number' ? form.values.valueKrw : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('support.addFor', { name: organizationName })} size="lg">
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('support.center')} data={centers} searchable required {...form.getInputProps('centerId')} />
            <Select
              label={t('support.kind')}
              required
              data={supportKinds.map((k) => ({ value: k, label: labels.supportKind(k) }))}
              {...form.getInputProps('kind')}
            />
            <DateInput label={t('support.startedOn')} valueFormat="YYYY-MM-DD" required {...form.getInputProps('startedOn')} />
            <DateInput label={t('support.endedOn')} valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('endedOn')} />
          </SimpleGrid>
          <NumberInput
            label={t('support.value')}
            description={value !== null ? f.krw(value) : t('support.valueHint')}
            thousandSeparator=","
            min={0}
            allowDecimal={false}
            allowNegative={false}
            suffix={f.lang === 'en' ? undefined : ' 원'}
            prefix={f.lang === 'en' ? '₩' : undefined}
            {...form.getInputProps('valueKrw')}
          />
          <TextInput label={t('support.program')} {...form.getInputProps('program')} />
          <Textarea label={t('support.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
