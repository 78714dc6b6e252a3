import { ActionIcon, Anchor, Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSession, type Schemas } from '../../api/client';
import { TrashIcon, UploadIcon } from '../../components/icons';
import { QuestionLabel } from './application-form.label';
import type { FormField } from './application-form.rules';

export type ApplicationFile = Schemas['ApplicationFile'];

const DEFAULT_MAX_MB = 20;
const MAX_ATTEMPTS = 3;
// What this browser uploaded: names and sizes without asking the server again.
const known = new Map<string, ApplicationFile>();

const downloadHref = (applicationId: string, fileId: string) => `/api/v1/applications/${applicationId}/files/${fileId}`;

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

const kindsOf = (field: FormField): string[] => {
  const accept = field.accept ?? [];
  return accept.includes('jpg') ? [...accept, 'jpeg'] : accept;
};
const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

class NetworkError extends Error {}
type Problem = Schemas['Problem'];

/**
 * POST the file as the raw body (no multipart envelope for the server to take apart), with upload
 * progress (fetch cannot report it) and the CSRF header a cookie session needs.
 */
function send(url: string, file: File, onProgress: (fraction: number) => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(apiSession.writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.ontimeout = () => reject(new NetworkError());
    xhr.send(file);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<{ name: string; percent: number; attempt: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const kinds = kindsOf(field);
  const maxMb = field.maxSizeMb ?? DEFAULT_MAX_MB;
  const kindsText = (field.accept ?? []).join(', ');

  const uploadOne = async (file: File): Promise<string | null> => {
    if (kinds.length && !kinds.includes(extensionOf(file.name))) return t('application.fileWrongKind', { name: file.name, kinds: kindsText });
    if (file.size === 0) return t('application.fileEmpty', { name: file.name });
    if (file.size > maxMb * 1024 * 1024) return t('application.fileTooLarge', { name: file.name, size: maxMb });
    const url = `/api/v1/applications/${applicationId}/fields/${encodeURIComponent(field.key)}/files?name=${encodeURIComponent(file.name)}`;
    for (let attempt = 0; ; attempt++) {
      setUploading({ name: file.name, percent: 0, attempt });
      try {
        const { status, json } = await send(url, file, (fraction) => setUploading({ name: file.name, percent: Math.round(fraction * 100), attempt }));
        if (status === 201 || status === 200) {
          const stored = json as ApplicationFile;
          known.set(stored.id, stored);
          if (!idsRef.current.includes(stored.id)) {
            idsRef.current = [...idsRef.current, stored.id];
            onChangeRef.current(idsRef.current);
          }
          return null;
        }
        const problem = json as Problem | null;
        return problem?.errors?.[0]?.message ?? problem?.detail ?? t('application.fileFailed', { name: file.name });
      } catch {
        // No connection: the same bytes again are safe (the server returns the file it already has).
        if (attempt + 1 >= MAX_ATTEMPTS) return t('application.fileOffline', { name: file.name });
        await sleep(1000 * 2 ** attempt);
      }
    }
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

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (disabled || uploading) return;
    void upload(Array.from(e.dataTransfer.files));
  };

  const messages = [...problems, ...(error ? [error] : [])];
  const accept = kinds.map((k) => `.${k}`).join(',');

  return (
    <Stack gap={6} data-field={field.key} data-testid={`file-field-${field.key}`}>
      <QuestionLabel label={label} description={description} withAsterisk={withAsterisk} id={`file-label-${field.key}`} />
      {disabled ? null : (
        <Box
          component="label"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          p="md"
          style={{
            display: 'block',
            cursor: uploading ? 'progress' : 'pointer',
            border: `1px dashed var(--mantine-color-${messages.length ? 'red-6' : dragging ? 'blue-6' : 'gray-4'})`,
            borderRadius: 'var(--mantine-radius-sm)',
            background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
            textAlign: 'center',
          }}
        >
          <input
            ref={inputRef}
            type="file"
            multiple
            accept={accept || undefined}
            aria-labelledby={`file-label-${field.key}`}
            aria-invalid={messages.length ? true : undefined}
            disabled={!!uploading}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
            data-testid={`file-input-${field.key}`}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              if (files.length) void upload(files);
            }}
          />
          <Group gap="xs" justify="center">
            <UploadIcon size={16} />
            <Text size="sm">{t('application.fileDrop')}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('application.fileKinds', { kinds: kindsText || '—', size: maxMb })}
          </Text>
        </Box>
      )}
      {uploading ? (
        <Stack gap={2} data-testid="file-progress">
          <Text size="xs">{t('application.fileUploading', { name: uploading.name, percent: uploading.percent })}</Text>
          <Progress value={uploading.percent} size="sm" animated />
          {uploading.attempt > 0 ? (
            <Text size="xs" c="orange">
              {t('application.fileRetrying', { attempt: uploading.attempt })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {ids.length ? (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="file-list">
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
        </Stack>
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
    <Group component="li" gap="sm" wrap="nowrap" data-testid="file-item">
      <Anchor href={downloadHref(applicationId, fileId)} download={meta?.fileName || true} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Anchor>
      {meta?.size ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatBytes(meta.size)}
        </Text>
      ) : null}
      {disabled ? null : (
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('application.fileRemove', { name })} onClick={onRemove}>
          <TrashIcon size={14} />
        </ActionIcon>
      )}
    </Group>
  );
}
