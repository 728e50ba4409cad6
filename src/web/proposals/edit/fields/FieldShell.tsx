import type { ReactNode } from 'react';
import { useT } from '../../../i18n/context.ts';
import type { RuleNote } from '../useProposalCheck.ts';
import { noteId, RuleNotes } from './RuleNotes.tsx';

/** What every field shares: an id, a visible label, and an optional hint and error. */
export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Findings of the submission rules, shown beside the field. */
  notes?: readonly RuleNote[];
  required?: boolean;
  onBlur?: () => void;
}

/** The attributes that tie an input to its hint and error message (WCAG 1.3.1, 3.3.1). */
export function fieldAria({
  id,
  hint,
  error,
  notes,
}: Pick<FieldProps, 'id' | 'hint' | 'error' | 'notes'>) {
  const describedBy = [
    hint && `${id}-hint`,
    error && `${id}-error`,
    ...(notes ?? []).map((_, i) => noteId(id, i)),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  } as const;
}

export function HintAndError({
  id,
  hint,
  error,
  notes,
}: Pick<FieldProps, 'id' | 'hint' | 'error' | 'notes'>) {
  const t = useT();
  return (
    <>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('field.errorPrefix')} </span>
          {error}
        </span>
      )}
      <RuleNotes id={id} notes={notes} />
    </>
  );
}

export function FieldShell({
  id,
  label,
  hint,
  error,
  notes,
  required,
  children,
}: FieldProps & { children: ReactNode }) {
  const t = useT();
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required && <span className="weight-normal"> {t('field.required')}</span>}
      </label>
      <HintAndError id={id} hint={hint} error={error} notes={notes} />
      {children}
    </div>
  );
}
