import { FieldShell, fieldAria, type FieldProps } from './FieldShell.tsx';

export function TextField({
  value,
  onChange,
  inputMode,
  widthClass,
  list,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  widthClass?: string;
  list?: string;
}) {
  return (
    <FieldShell {...field}>
      <input
        type="text"
        id={field.id}
        className={widthClass ? `form-input ${widthClass}` : 'form-input'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
        required={field.required}
        inputMode={inputMode}
        list={list}
        {...fieldAria(field)}
      />
    </FieldShell>
  );
}
