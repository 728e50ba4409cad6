import { FieldShell, fieldAria, type FieldProps } from './FieldShell.tsx';

export interface Option {
  value: string;
  label: string;
}

/** A select; `emptyLabel` adds a first option for "nothing chosen" (the empty string). */
export function SelectField({
  value,
  onChange,
  options,
  emptyLabel,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  emptyLabel?: string;
}) {
  // A value the options do not know (say, a code from an import) is kept and shown as is.
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <FieldShell {...field}>
      <select
        id={field.id}
        className="form-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
        required={field.required}
        {...fieldAria(field)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
