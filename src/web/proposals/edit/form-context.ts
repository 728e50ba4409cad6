import { createContext, useContext } from 'react';
import type { ProposalDraft } from './draft.ts';
import { fieldId, labelKey } from './field-paths.ts';
import { useT } from '../../i18n/context.ts';
import type { ProposalCheck, RuleNote } from './useProposalCheck.ts';

/** What the edit form's inputs need from the form: the draft, how to change it, and errors. */
export interface EditForm {
  draft: ProposalDraft;
  set<K extends keyof ProposalDraft>(key: K, value: ProposalDraft[K]): void;
  errorFor(path: string): string | undefined;
  /** Marks a field as visited: its own check shows from now on, the server's complaint goes. */
  touch(path: string): void;
  /** The submission rules' findings on a field, shown beside it as the user types. */
  notesFor(path: string): RuleNote[];
  check: ProposalCheck;
}

export const EditFormContext = createContext<EditForm | null>(null);

export function useEditForm(): EditForm {
  const form = useContext(EditFormContext);
  if (!form) throw new Error('useEditForm outside the edit form');
  return form;
}

/** The id, error and blur handler of the input for a field path. */
export function useFieldState(path: string) {
  const form = useEditForm();
  return {
    id: fieldId(path),
    error: form.errorFor(path),
    notes: form.notesFor(path),
    onBlur: () => form.touch(path),
  };
}

/** As useFieldState, with the field's visible label. */
export function useField(path: string) {
  const t = useT();
  const key = labelKey(path);
  return { ...useFieldState(path), label: key ? t(key) : path };
}
