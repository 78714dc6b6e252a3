import { Anchor, Box, Group, Progress, Stack, Text } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { formatBytes } from './file-upload';
import { UploadIcon } from './icons';

type DropZoneProps = {
  /** What to do, e.g. 파일을 끌어다 놓거나 눌러서 선택하세요. */
  title: string;
  /** The kinds and the size allowed. */
  hint: string;
  /** The input's `accept`, from acceptOf. */
  accept?: string;
  /** An upload runs: nothing more is taken until it ends. */
  busy: boolean;
  /** Red while something the user chose was refused. */
  invalid?: boolean;
  /** The element naming the input (the question's label), else `aria-label`. */
  labelledBy?: string;
  ariaLabel?: string;
  inputTestId?: string;
  onFiles: (files: File[]) => void;
};

/** Choose (a click opens the file dialog) or drop several files; the chosen files are handed on, nothing is checked here. */
export function FileDropZone({ title, hint, accept, busy, invalid, labelledBy, ariaLabel, inputTestId, onFiles }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <Box
      component="label"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!busy) onFiles(Array.from(e.dataTransfer.files));
      }}
      p="md"
      style={{
        display: 'block',
        cursor: busy ? 'progress' : 'pointer',
        border: `1px dashed var(--mantine-color-${invalid ? 'red-6' : dragging ? 'blue-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-sm)',
        background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        textAlign: 'center',
      }}
    >
      <input
        type="file"
        multiple
        accept={accept || undefined}
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : ariaLabel}
        aria-invalid={invalid ? true : undefined}
        disabled={busy}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
        data-testid={inputTestId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Group gap="xs" justify="center">
        <UploadIcon size={16} />
        <Text size="sm">{title}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Box>
  );
}

/** One file on its way: what is sent (… 42%), a bar, and the retry under way if the connection dropped. */
export function UploadProgress({ label, percent, retrying, testId }: { label: string; percent: number; retrying?: string | null; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs">{label}</Text>
      <Progress value={percent} size="sm" animated />
      {retrying ? (
        <Text size="xs" c="orange">
          {retrying}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A list of files, one FileItem each. */
export function FileList({ children, testId, gap = 4 }: { children: ReactNode; testId?: string; gap?: number }) {
  return (
    <Stack gap={gap} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid={testId}>
      {children}
    </Stack>
  );
}

type FileItemProps = {
  /** The download (the server answers with Content-Disposition: attachment). */
  href: string;
  name: string;
  /** The name the browser saves under; true lets the server's header name it. */
  downloadName: string | true;
  size?: number;
  /** Who and when, on a line under the name, after the size. */
  meta?: ReactNode;
  icon?: ReactNode;
  /** Remove, at the row's end. */
  action?: ReactNode;
  testId?: string;
};

/**
 * A file: its name as a download link, its size beside it, and the remove action; with `meta` or
 * an icon, the size and the meta (who, when) on a line under the name.
 */
export function FileItem({ href, name, downloadName, size, meta, icon, action, testId }: FileItemProps) {
  const link = (
    <Anchor href={href} download={downloadName} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {name}
    </Anchor>
  );
  const sizeText = size ? (
    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {formatBytes(size)}
    </Text>
  ) : null;
  if (!meta && !icon) {
    return (
      <Group component="li" gap="sm" wrap="nowrap" data-testid={testId}>
        {link}
        {sizeText}
        {action}
      </Group>
    );
  }
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid={testId}>
      {icon}
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        {link}
        <Text size="xs" c="dimmed">
          {[size ? formatBytes(size) : null, meta].filter(Boolean).map((part, i) => (
            <Fragment key={i}>
              {i > 0 ? ' · ' : null}
              {part}
            </Fragment>
          ))}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}
