import { ActionIcon, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { FileDropZone, FileItem, FileList, UploadProgress } from '../../components/file-drop';
import { acceptOf, hasKind, problemText, uploadRaw } from '../../components/file-upload';
import { TrashIcon } from '../../components/icons';
import { QuestionLabel } from './application-form.label';
import type { FormField } from './application-form.rules';

export type ApplicationFile = Schemas['ApplicationFile'];

const DEFAULT_MAX_MB = 20;
// What this browser uploaded: names and sizes without asking the server again.
const known = new Map<string, ApplicationFile>();

const downloadHref = (applicationId: string, fileId: string) => `/api/v1/applications/${applicationId}/files/${fileId}`;

/** Kept here for the screens that import it from the application files. */
export { formatBytes } from '../../components/file-upload';

/** A file's name and size after a reload: from the download's headers (HEAD, no body). */
function useFileMeta(applicationId: string, fileId: string) {
  return useQuery({
    queryKey: ['applications', applicationId, 'files', fileId],
    queryFn: async (): Promise<ApplicationFile | null> => {
      const cached = known.get(fileId);
      if (cached) return cached;
      const response = await fetch(downloadHref(applicationId, fileId), { method: 'HEAD' });
      if (!response.ok) return null;
      const disposition = response.headers.get('content-disposition') ?? '';
      const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
      const plain = /filename="([^"]*)"/i.exec(disposition)?.[1];
      const encoded = star ?? plain;
      let fileName = '';
      try {
        fileName = encoded ? decodeURIComponent(encoded) : '';
      } catch {
        fileName = encoded ?? '';
      }
      return { id: fileId, field: '', fileName, contentType: response.headers.get('content-type') ?? '', size: Number(response.headers.get('content-length') ?? 0), uploadedAt: '' };
    },
    staleTime: Infinity,
    retry: false,
  });
}

type Props = {
  applicationId: string;
  field: FormField;
  value: unknown;
  onChange: (ids: string[]) => void;
  label: string;
  description?: string;
  withAsterisk: boolean;
  error?: string;
  disabled: boolean;
};

/** A file question: choose or drop files, checked here, uploaded with progress; the answer is the list of file ids. */
export function FileAnswerField({ applicationId, field, value, onChange, label, description, withAsterisk, error, disabled }: Props) {
  const { t } = useTranslation();
  const ids = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [uploading, setUploading] = useState<{ name: string; percent: number; attempt: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const kinds = field.accept ?? [];
  const maxMb = field.maxSizeMb ?? DEFAULT_MAX_MB;
  const kindsText = kinds.join(', ');

  const uploadOne = async (file: File): Promise<string | null> => {
    if (!hasKind(file.name, kinds)) return t('application.fileWrongKind', { name: file.name, kinds: kindsText });
    if (file.size === 0) return t('application.fileEmpty', { name: file.name });
    if (file.size > maxMb * 1024 * 1024) return t('application.fileTooLarge', { name: file.name, size: maxMb });
    const url = `/api/v1/applications/${applicationId}/fields/${encodeURIComponent(field.key)}/files?name=${encodeURIComponent(file.name)}`;
    const result = await uploadRaw<ApplicationFile>(url, file, (percent, attempt) => setUploading({ name: file.name, percent, attempt }));
    if (result.kind === 'offline') return t('application.fileOffline', { name: file.name });
    if (result.kind === 'refused') return problemText(result.problem) ?? t('application.fileFailed', { name: file.name });
    const stored = result.body;
    known.set(stored.id, stored);
    if (!idsRef.current.includes(stored.id)) {
      idsRef.current = [...idsRef.current, stored.id];
      onChangeRef.current(idsRef.current);
    }
    return null;
  };

  const upload = async (files: File[]) => {
    setProblems([]);
    const found: string[] = [];
    // One at a time, so each id joins the answer after the one before.
    for (const file of files) {
      const problem = await uploadOne(file);
      if (problem) found.push(problem);
    }
    setUploading(null);
    setProblems(found);
  };

  const messages = [...problems, ...(error ? [error] : [])];

  return (
    <Stack gap={6} data-field={field.key} data-testid={`file-field-${field.key}`}>
      <QuestionLabel label={label} description={description} withAsterisk={withAsterisk} id={`file-label-${field.key}`} />
      {disabled ? null : (
        <FileDropZone
          title={t('application.fileDrop')}
          hint={t('application.fileKinds', { kinds: kindsText || '—', size: maxMb })}
          accept={acceptOf(kinds)}
          busy={!!uploading}
          invalid={messages.length > 0}
          labelledBy={`file-label-${field.key}`}
          inputTestId={`file-input-${field.key}`}
          onFiles={(files) => void upload(files)}
        />
      )}
      {uploading ? (
        <UploadProgress
          testId="file-progress"
          label={t('application.fileUploading', { name: uploading.name, percent: uploading.percent })}
          percent={uploading.percent}
          retrying={uploading.attempt > 0 ? t('application.fileRetrying', { attempt: uploading.attempt }) : null}
        />
      ) : null}
      {ids.length ? (
        <FileList testId="file-list">
          {ids.map((id) => (
            <FileRow
              key={id}
              applicationId={applicationId}
              fileId={id}
              disabled={disabled}
              onRemove={() => {
                idsRef.current = idsRef.current.filter((x) => x !== id);
                onChangeRef.current(idsRef.current);
              }}
            />
          ))}
        </FileList>
      ) : disabled ? (
        <Text size="sm" c="dimmed">
          {t('application.fileNone')}
        </Text>
      ) : null}
      {messages.map((m, i) => (
        <Text key={i} size="xs" c="red" role="alert" data-testid="file-error">
          {m}
        </Text>
      ))}
    </Stack>
  );
}

function FileRow({ applicationId, fileId, disabled, onRemove }: { applicationId: string; fileId: string; disabled: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const meta = useFileMeta(applicationId, fileId).data;
  const name = meta?.fileName || t('application.fileUnknownName');
  return (
    <FileItem
      testId="file-item"
      href={downloadHref(applicationId, fileId)}
      name={name}
      downloadName={meta?.fileName || true}
      size={meta?.size}
      action={
        disabled ? null : (
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('application.fileRemove', { name })} onClick={onRemove}>
            <TrashIcon size={14} />
          </ActionIcon>
        )
      }
    />
  );
}
