import { useFieldState } from '../form-context.ts';
import type { Option } from './SelectField.tsx';

export function CellSelect({
  path,
  label,
  value,
  options,
  onChange,
}: {
  path: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const { id, onBlur } = useFieldState(path);
  return (
    <select
      id={id}
      className="form-select cell-input"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
