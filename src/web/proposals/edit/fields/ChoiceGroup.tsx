import type { ReactNode } from 'react';
import { HintAndError, type FieldProps } from './FieldShell.tsx';

/** A fieldset whose legend labels a group of radio buttons or checkboxes. */
export function ChoiceGroup({
  id,
  label,
  hint,
  error,
  children,
}: Omit<FieldProps, 'required' | 'onBlur'> & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset
        aria-describedby={
          [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
        }
      >
        <legend className="form-label">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
