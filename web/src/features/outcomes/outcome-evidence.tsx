import { ActionIcon, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { problemMessage } from '../../api/form-errors';
import { FileDropZone, FileItem, FileList, UploadProgress } from '../../components/file-drop';
import { acceptOf, hasKind, problemText, uploadRaw } from '../../components/file-upload';
import { TrashIcon } from '../../components/icons';
import { ProblemAlert } from '../../components/problem.alert';
import { PageLoader } from '../../components/query-state';
import { RouteError } from '../../components/route-error';
import { useFormat } from '../../i18n/format';
import { isStaff } from '../auth/scope';
import { useMe } from '../auth/session.queries';
import { ConfirmPopover } from '../forms/form-confirm.popover';
import { FILE_KINDS } from '../forms/form-draft';
import type { Outcome } from './outcome.codes';
import { CloseIcon, FileIcon } from './outcome.icons';
import { outcomeEvidenceQuery, outcomesKey } from './outcome.queries';

type Evidence = Schemas['OutcomeEvidence'];

/** The server's limits (outcome.evidence.ts), checked here first so a 30 MB file is not sent to be refused. */
const MAX_MB = 20;
const MAX_FILES = 10;
const ACCEPT = acceptOf(FILE_KINDS);

const downloadHref = (outcomeId: string, evidenceId: string) => `/api/v1/outcomes/${outcomeId}/evidence/${evidenceId}`;

/** One chosen file on its way up: waiting its turn, being sent, or refused (with the server's words) until dismissed. */
type Upload = { key: number; name: string; state: 'waiting' | 'sending' | 'refused' | 'known'; percent: number; attempt: number; message?: string };

let nextKey = 0;

/**
 * 증빙 파일: the files behind a figure (재무제표, 투자계약서 …), listed with who attached them and
 * when, each a download; several chosen or dropped at once, each with its own progress or error.
 * The company removes its files until the figure is verified; staff always.
 */
export function OutcomeEvidence({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const evidence = outcomeEvidenceQuery(outcome.id);
  const query = useQuery(evidence);
  const items = query.data?.items ?? [];
  const [uploads, setUploads] = useState<Upload[]>([]);
  const busy = uploads.some((u) => u.state === 'waiting' || u.state === 'sending');
  const canRemove = outcome.status !== 'verified' || isStaff(me);
  const full = items.length >= MAX_FILES;

  const patch = (key: number, change: Partial<Upload>) => setUploads((prev) => prev.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const refusal = (file: File): string | null => {
    if (!hasKind(file.name, FILE_KINDS)) return t('outcome.evidence.wrongKind');
    if (file.size === 0) return t('outcome.evidence.empty');
    if (file.size > MAX_MB * 1024 * 1024) return t('outcome.evidence.tooLarge', { size: MAX_MB });
    return null;
  };

  const upload = async (files: File[]) => {
    const batch: Upload[] = files.map((file) => ({ key: nextKey++, name: file.name, state: 'waiting', percent: 0, attempt: 0 }));
    // A new choice clears what the last one left (its refusals), and lists its files at once.
    setUploads(batch);
    const known = new Set(items.map((e) => e.id));
    // One at a time, in the order chosen: the list grows in that order, and past ten each file gets the server's refusal.
    for (const [i, file] of files.entries()) {
      const { key } = batch[i]!;
      const refused = refusal(file);
      if (refused) {
        patch(key, { state: 'refused', message: refused });
        continue;
      }
      const url = `/api/v1/outcomes/${outcome.id}/evidence?name=${encodeURIComponent(file.name)}`;
      const result = await uploadRaw<Evidence>(url, file, (percent, attempt) => patch(key, { state: 'sending', percent, attempt }));
      if (result.kind === 'stored') {
        const stored = result.body;
        // The same bytes again answer the file already there: say so rather than list it twice.
        if (known.has(stored.id)) patch(key, { state: 'known', message: stored.fileName === file.name ? t('outcome.evidence.known') : t('outcome.evidence.knownAs', { name: stored.fileName }) });
        else setUploads((prev) => prev.filter((u) => u.key !== key));
        known.add(stored.id);
        queryClient.setQueryData(evidence.queryKey, (old) => (old && !old.items.some((e) => e.id === stored.id) ? { items: [...old.items, stored] } : old));
      } else {
        patch(key, { state: 'refused', message: result.kind === 'offline' ? t('outcome.evidence.offline') : (problemText(result.problem) ?? t('outcome.evidence.failed')) });
      }
    }
    // The figure lists show each figure's count of files: theirs too.
    await queryClient.invalidateQueries({ queryKey: outcomesKey });
  };

  return (
    <Stack gap="sm" data-testid="outcome-evidence">
      <Group gap="xs">
        <Title order={4} fz="sm">
          {t('outcome.evidence.title')}
        </Title>
        {query.isSuccess ? (
          <Badge size="sm" variant="light" color={items.length ? 'brand' : 'gray'} data-testid="outcome-evidence-count">
            {items.length}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('outcome.evidence.lead')}
      </Text>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <RouteError error={query.error} reset={() => void query.refetch()} />
      ) : (
        <>
          {items.length ? (
            <FileList testId="outcome-evidence-list" gap={10}>
              {items.map((e) => (
                <EvidenceRow key={e.id} outcomeId={outcome.id} evidence={e} canRemove={canRemove} />
              ))}
            </FileList>
          ) : (
            <Text size="sm" c="dimmed">
              {t('outcome.evidence.none')}
            </Text>
          )}
          {!canRemove && items.length ? (
            <Text size="xs" c="dimmed">
              {t('outcome.evidence.lockedHint')}
            </Text>
          ) : null}
          {full ? (
            <Text size="xs" c="dimmed" data-testid="outcome-evidence-full">
              {t('outcome.evidence.full', { max: MAX_FILES })}
            </Text>
          ) : (
            <FileDropZone
              title={t('outcome.evidence.drop')}
              hint={t('outcome.evidence.kinds', { size: MAX_MB, max: MAX_FILES })}
              accept={ACCEPT}
              busy={busy}
              invalid={uploads.some((u) => u.state === 'refused')}
              ariaLabel={t('outcome.evidence.attach')}
              inputTestId="outcome-evidence-input"
              onFiles={(files) => void upload(files)}
            />
          )}
          {uploads.length ? (
            <Stack gap={6} data-testid="outcome-evidence-uploads">
              {uploads.map((u) => (
                <UploadLine key={u.key} upload={u} onDismiss={() => setUploads((prev) => prev.filter((x) => x.key !== u.key))} />
              ))}
            </Stack>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function UploadLine({ upload: u, onDismiss }: { upload: Upload; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (u.state === 'sending') {
    return (
      <UploadProgress
        testId="outcome-evidence-progress"
        label={t('outcome.evidence.uploading', { name: u.name, percent: u.percent })}
        percent={u.percent}
        retrying={u.attempt > 0 ? t('outcome.evidence.retrying', { attempt: u.attempt }) : null}
      />
    );
  }
  if (u.state === 'waiting') {
    return (
      <Text size="xs" c="dimmed" data-testid="outcome-evidence-waiting">
        {t('outcome.evidence.waiting', { name: u.name })}
      </Text>
    );
  }
  const refused = u.state === 'refused';
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={refused ? 'outcome-evidence-error' : 'outcome-evidence-known'}>
      <Text size="xs" c={refused ? 'red' : 'dimmed'} role={refused ? 'alert' : undefined} style={{ flex: 1, overflowWrap: 'anywhere' }}>
        <Text span fw={600} inherit>
          {u.name}
        </Text>
        {` · ${u.message}`}
      </Text>
      <ActionIcon variant="subtle" color="gray" size="xs" aria-label={t('outcome.evidence.dismiss')} onClick={onDismiss}>
        <CloseIcon size={12} />
      </ActionIcon>
    </Group>
  );
}

function EvidenceRow({ outcomeId, evidence: e, canRemove }: { outcomeId: string; evidence: Evidence; canRemove: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const key = outcomeEvidenceQuery(outcomeId).queryKey;
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/outcomes/{id}/evidence/{evidenceId}', { params: { path: { id: outcomeId, evidenceId: e.id } } })),
    onSuccess: () => {
      queryClient.setQueryData(key, (old) => (old ? { items: old.items.filter((x) => x.id !== e.id) } : old));
      return queryClient.invalidateQueries({ queryKey: outcomesKey });
    },
  });
  return (
    <>
      <FileItem
        testId="outcome-evidence-item"
        href={downloadHref(outcomeId, e.id)}
        name={e.fileName}
        downloadName={e.fileName}
        size={e.size}
        icon={
          <Text span c="gray.6" lh={0} mt={2}>
            <FileIcon size={18} />
          </Text>
        }
        meta={[e.uploadedBy ?? t('outcome.evidence.unknownUploader'), f.dateTime(e.uploadedAt)].join(' · ')}
        action={
          canRemove ? (
            <ConfirmPopover
              question={t('outcome.evidence.removeQuestion')}
              confirmLabel={t('outcome.evidence.remove')}
              onConfirm={() => remove.mutate()}
              position="bottom-end"
              width={280}
              target={(toggle) => (
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('outcome.evidence.removeLabel', { name: e.fileName })} onClick={toggle} loading={remove.isPending}>
                  <TrashIcon size={14} />
                </ActionIcon>
              )}
            />
          ) : null
        }
      />
      {remove.error ? (
        <li>
          <ProblemAlert p="xs">
            <Text size="xs">{problemMessage(remove.error, t('common.tryAgainLater'))}</Text>
          </ProblemAlert>
        </li>
      ) : null}
    </>
  );
}
