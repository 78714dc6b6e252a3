import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, type Problem } from '../api/client';

/** The files every import takes. */
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One call to an import endpoint: the file, the page's option (a target, a kind), preview or write. */
export type ImportRun<O> = { file: File; option: O; dryRun: boolean };

type ImportResultLike = { dryRun: boolean; committed: boolean; summary: { rows: number; errors: number }; rows: unknown[] };

/** The rows a refused import (422 importInvalid) carries in its problem, like a preview. */
function refusedRows<R extends ImportResultLike>(error: unknown): R | null {
  if (!(error instanceof ApiError) || error.code !== 'importInvalid') return null;
  const p = error.problem as Problem & Partial<R>;
  return p.summary && p.rows ? ({ dryRun: false, committed: false, summary: p.summary, rows: p.rows } as R) : null;
}

/**
 * The state of an import screen: the chosen file and option, the preview (dryRun) made for exactly
 * that choice, and the write, which is offered only for an error-free preview. Every new choice
 * previews again and forgets the earlier result.
 */
export function useImportRun<O, R extends ImportResultLike>(post: (run: ImportRun<O>) => Promise<R>, options: { initialOption: O | null; onCommitted?: () => unknown }) {
  const [file, setFileState] = useState<File | null>(null);
  const [option, setOptionState] = useState<O | null>(options.initialOption);
  const preview = useMutation({ mutationFn: post });
  const commit = useMutation({ mutationFn: post, onSuccess: options.onCommitted });

  const check = (next: { file: File | null; option: O | null }) => {
    commit.reset();
    if (next.file && next.option !== null) preview.mutate({ file: next.file, option: next.option, dryRun: true });
    else preview.reset();
  };
  const current = preview.variables?.file === file && preview.variables?.option === option;
  const refused = refusedRows<R>(commit.error);
  const result = refused ?? (current ? preview.data : undefined);
  const failure = commit.error && !refused ? commit.error : current && preview.error ? preview.error : null;

  return {
    file,
    option,
    setFile: (next: File | null) => {
      setFileState(next);
      check({ file: next, option });
    },
    setOption: (next: O | null) => {
      setOptionState(next);
      check({ file, option: next });
    },
    /** Previews the current choice again (the file may have been saved anew under the same name). */
    recheck: () => check({ file, option }),
    result,
    failure,
    previewing: preview.isPending,
    importing: commit.isPending,
    /** The result of the write, once it succeeded. */
    done: commit.isSuccess ? commit.data : undefined,
    canImport: !!result && !commit.isSuccess && result.summary.errors === 0 && result.summary.rows > 0 && !preview.isPending,
    submit: () => {
      if (file && option !== null) commit.mutate({ file, option, dryRun: false });
    },
    reset: () => {
      setFileState(null);
      preview.reset();
      commit.reset();
    },
  };
}

/** A link target for an empty CSV with the header row, UTF-8 with a BOM so Excel reads the Korean names. */
export function useCsvTemplateUrl(headers: readonly string[]): string {
  const key = headers.join(',');
  const url = useMemo(() => URL.createObjectURL(new Blob([`\uFEFF${key}\r\n`], { type: 'text/csv;charset=utf-8' })), [key]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}
