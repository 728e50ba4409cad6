import type { ReactNode } from 'react';
import { fieldAria, HintAndError, type FieldProps } from './FieldShell.tsx';

/** A fieldset whose legend labels a group of radio buttons or checkboxes. */
export function ChoiceGroup({
  id,
  label,
  hint,
  error,
  notes,
  children,
}: Omit<FieldProps, 'required' | 'onBlur'> & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={fieldAria({ id, hint, error, notes })['aria-describedby']}>
        <legend className="form-label">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} notes={notes} />
        {children}
      </fieldset>
    </div>
  );
}
