import { ActionIcon, Anchor, Button, Card, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DownloadIcon, TrashIcon, UploadIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import { SectionTitle } from '../../components/section-title';
import { formatBytes } from '../applications/application-files';
import type { Call } from './call.codes';

const ACCEPT = '.pdf,.hwp,.hwpx,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.zip';

/** The announcement's own files (공고문, 신청 서식): downloaded by anyone; added and removed by the call's staff. */
export function CallAttachmentsCard({ call }: { call: Call }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calls', call.id] });
  const onError = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
  const upload = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap(api.POST('/api/v1/calls/{id}/attachments', { params: { path: { id: call.id } }, body: body as never, bodySerializer: (b: unknown) => b as FormData }));
    },
    onMutate: () => setProblem(null),
    onSuccess: refresh,
    onError,
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) => unwrap(api.DELETE('/api/v1/calls/{id}/attachments/{attachmentId}', { params: { path: { id: call.id, attachmentId } } })),
    onMutate: () => setProblem(null),
    onSuccess: refresh,
    onError,
  });
  const staff = call.permissions.update;
  if (call.attachments.length === 0 && !staff) return null;
  return (
    <Card data-testid="call-attachments">
      <SectionTitle
        right={
          staff ? (
          <FileButton onChange={(file) => file && upload.mutate(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<UploadIcon size={14} />} loading={upload.isPending}>
                {t('call.attachments.add')}
              </Button>
            )}
          </FileButton>
          ) : null
        }
      >
        {t('call.attachments.title')}
      </SectionTitle>
      <ProblemAlert mb="sm">{problem}</ProblemAlert>
      {call.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('call.attachments.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {call.attachments.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <DownloadIcon size={14} />
                <Anchor href={`/api/v1/calls/${call.id}/attachments/${a.id}`} download={a.fileName} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {a.fileName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(a.size)}
                </Text>
              </Group>
              {staff ? (
                <ActionIcon variant="subtle" color="red" aria-label={t('call.attachments.remove', { name: a.fileName })} loading={remove.isPending && remove.variables === a.id} onClick={() => remove.mutate(a.id)}>
                  <TrashIcon size={14} />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
