import { FieldShell, fieldAria, type FieldProps } from './FieldShell.tsx';

export function TextAreaField({
  value,
  onChange,
  rows = 4,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <FieldShell {...field}>
      <textarea
        id={field.id}
        className="form-input"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
        required={field.required}
        {...fieldAria(field)}
      />
    </FieldShell>
  );
}
