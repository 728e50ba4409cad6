import type { ClipboardEvent } from 'react';
import { useT } from '../../../i18n/context.ts';
import { useFieldState } from '../form-context.ts';
import { fieldAria } from './FieldShell.tsx';
import { RuleNotes } from './RuleNotes.tsx';

/** An input in a table cell: the column header is its visible label, aria-label names it fully. */
export function CellInput({
  path,
  label,
  value,
  onChange,
  onPaste,
  onLeave,
  numeric = false,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
  /** Called as the user leaves the cell, e.g. to write the amount in Danish format. */
  onLeave?: () => void;
  numeric?: boolean;
}) {
  const t = useT();
  const { id, error, notes, onBlur } = useFieldState(path);
  return (
    <>
      <input
        type="text"
        id={id}
        className={numeric ? 'form-input cell-input cell-amount' : 'form-input cell-input'}
        aria-label={label}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
        onBlur={() => {
          onLeave?.();
          onBlur();
        }}
        {...fieldAria({ id, error, notes })}
      />
      {error && (
        <span className="form-error-message cell-error" id={`${id}-error`}>
          <span className="sr-only">{t('field.errorPrefix')} </span>
          {error}
        </span>
      )}
      <RuleNotes id={id} notes={notes} />
    </>
  );
}
