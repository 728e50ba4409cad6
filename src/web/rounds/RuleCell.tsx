import { useT } from '../i18n/context.ts';
import { fieldAria } from '../proposals/edit/fields/FieldShell.tsx';

/** The id of the input for a field path, the anchor the error summary links to. */
export const ruleFieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;

/**
 * An input in a table cell of the rules form: the column header is its visible label, the
 * aria-label names it fully, and a finding (the form's or the server's) stands below it.
 */
export function RuleCell({
  path,
  label,
  value,
  onChange,
  error,
  numeric = true,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  numeric?: boolean;
}) {
  const t = useT();
  const id = ruleFieldId(path);
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
        {...fieldAria({ id, error })}
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
