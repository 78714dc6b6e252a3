import { ActionIcon, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, problemMessage } from '../../api/form-errors';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { ModalActions } from '../../components/modal-actions';
import { ProblemAlert } from '../../components/problem.alert';
import { useFormat } from '../../i18n/format';
import { seoulNow } from './review.queries';

const MAX_ITEMS = 20;

type Values = { items: string[]; message: string; dueDate: string | null; dueTime: string };

const empty: Values = { items: [''], message: '', dueDate: null, dueTime: '18:00' };

/** The deadline as the API reads it: Korea wall time without an offset. */
const dueAtOf = (v: Values) => `${v.dueDate}T${v.dueTime}`;

/** The server's field errors on the form's inputs: items.N on its line, dueAt on the date. */
function errorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) out[path === 'dueAt' ? 'dueDate' : path] ??= message;
  return out;
}

/**
 * 보완 요청: the call's staff ask the applicant for documents, one per line, with a message and a
 * deadline in Korea time; the applicant is mailed.
 */
export function SupplementRequestModal({ opened, onClose, applicationId, organizationName, onRequested }: { opened: boolean; onClose: () => void; applicationId: string; organizationName: string; onRequested: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const form = useForm<Values>({
    initialValues: empty,
    validate: (v) => {
      const errors: Record<string, string> = {};
      v.items.forEach((item, i) => {
        if (!item.trim()) errors[`items.${i}`] = t('validation.required');
      });
      if (!v.message.trim()) errors.message = t('validation.required');
      if (!v.dueDate) errors.dueDate = t('validation.required');
      if (!/^\d{2}:\d{2}$/.test(v.dueTime)) errors.dueTime = t('validation.required');
      else if (v.dueDate && dueAtOf(v) <= seoulNow()) errors.dueDate = t('supplement.request.dueInPast');
      return errors;
    },
  });

  useEffect(() => {
    if (opened) {
      form.setValues(empty);
      form.clearErrors();
      request.reset();
    }
  }, [opened]);

  const request = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/applications/{id}/supplements', {
          params: { path: { id: applicationId } },
          body: { items: v.items.map((i) => i.trim()), message: v.message.trim(), dueAt: dueAtOf(v) },
        }),
      ),
    onSuccess: (created) => {
      notifications.show({ color: 'teal', message: t('supplement.request.sent', { date: f.dateTime(created.dueAt) }) });
      onRequested();
      onClose();
    },
    onError: (error) => form.setErrors(errorsOf(error)),
  });

  const general = request.error && !Object.keys(form.errors).length ? problemMessage(request.error, t('common.tryAgainLater')) : null;
  const addItem = () => {
    form.insertListItem('items', '');
    // The new line takes the cursor, so a list is typed line after line.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-testid="supplement-item-${form.getValues().items.length - 1}"]`)?.focus());
  };
  const today = seoulNow().slice(0, 10);

  return (
    <Modal opened={opened} onClose={onClose} title={t('supplement.request.title', { organization: organizationName })} size="lg">
      <form onSubmit={form.onSubmit((v) => request.mutate(v))} noValidate>
        <Stack gap="md">
          <ProblemAlert>{general}</ProblemAlert>
          <div>
            <Text size="sm" fw={500}>
              {t('supplement.request.items')}
              <Text span c="red">
                {' *'}
              </Text>
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t('supplement.request.itemsHint', { max: MAX_ITEMS })}
            </Text>
            <Stack gap={6}>
              {form.values.items.map((_, i) => (
                <Group key={i} gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" w={22} ta="right" pt={7}>
                    {i + 1}.
                  </Text>
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t('supplement.request.itemLabel', { n: i + 1 })}
                    placeholder={i === 0 ? t('supplement.request.itemPlaceholder') : undefined}
                    maxLength={300}
                    data-testid={`supplement-item-${i}`}
                    {...form.getInputProps(`items.${i}`)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                        e.preventDefault();
                        if (form.values.items.length < MAX_ITEMS) addItem();
                      }
                    }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={4}
                    aria-label={t('supplement.request.removeItem', { n: i + 1 })}
                    disabled={form.values.items.length === 1}
                    onClick={() => form.removeListItem('items', i)}
                  >
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
            <Button variant="subtle" size="xs" mt={6} leftSection={<PlusIcon size={14} />} onClick={addItem} disabled={form.values.items.length >= MAX_ITEMS}>
              {t('supplement.request.addItem')}
            </Button>
          </div>
          <Textarea label={t('supplement.request.message')} description={t('supplement.request.messageHint')} required autosize minRows={3} maxRows={10} maxLength={4000} {...form.getInputProps('message')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateInput label={t('supplement.request.dueDate')} description={t('supplement.koreaTime')} valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" minDate={today} required {...form.getInputProps('dueDate')} />
            <TimeInput label={t('supplement.request.dueTime')} description={t('supplement.request.dueTimeHint')} required {...form.getInputProps('dueTime')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('supplement.request.mailNote')}
          </Text>
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={request.isPending} data-testid="supplement-request-send">
              {t('supplement.request.send')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
