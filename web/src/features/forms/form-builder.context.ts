import { createContext, useContext } from 'react';
import type { BuilderErrors } from './form-builder.errors';
import type { Draft } from './form-draft';

/** What every part of the builder reads and changes: the draft, its errors, the open question. */
export type BuilderContextValue = {
  draft: Draft;
  edit: (change: (draft: Draft) => Draft) => void;
  errors: BuilderErrors;
  /** Forgets the server's messages about a question or section once it is changed. */
  clearErrors: (uid: string) => void;
  openUid: string | null;
  setOpenUid: (uid: string | null) => void;
  /** The question just added: its label input takes the focus. */
  addedUid: string | null;
  setAddedUid: (uid: string | null) => void;
};

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder outside the form builder');
  return value;
}
