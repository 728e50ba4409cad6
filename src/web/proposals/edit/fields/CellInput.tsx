import { useT } from '../../../i18n/context.ts';
import { useFieldState } from '../form-context.ts';

/** An input in a table cell: the column header is its visible label, aria-label names it fully. */
export function CellInput({
  path,
  label,
  value,
  onChange,
  numeric = false,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
}) {
  const t = useT();
  const { id, error, onBlur } = useFieldState(path);
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
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span className="form-error-message cell-error" id={`${id}-error`}>
          <span className="sr-only">{t('field.errorPrefix')} </span>
          {error}
        </span>
      )}
    </>
  );
}
