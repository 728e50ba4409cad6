import { ChoiceGroup } from '../proposals/edit/fields/ChoiceGroup.tsx';

/** One choice of a few, as radio buttons under a legend. */
export function RadioChoice<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
  error,
}: {
  id: string;
  label: string;
  value: T | '';
  onChange: (value: T) => void;
  options: { value: T; label: string }[];
  error?: string | undefined;
}) {
  return (
    <ChoiceGroup id={id} label={label} error={error}>
      {options.map((option) => (
        <div className="form-group-radio" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            className="form-radio"
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label className="form-label" htmlFor={`${id}-${option.value}`}>
            {option.label}
          </label>
        </div>
      ))}
    </ChoiceGroup>
  );
}
