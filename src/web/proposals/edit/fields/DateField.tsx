import { parseDanishDate } from '../../../../shared/danish-date.ts';
import { useT } from '../../../i18n/context.ts';
import { TextField } from './TextField.tsx';
import { typedError } from './typed-error.ts';

/** A required date typed the Danish way, its finding shown once the form has been tried. */
export function DateField({
  id,
  label,
  hint,
  badDate,
  value,
  onChange,
  tried,
}: {
  id: string;
  label: string;
  hint: string;
  /** What to say of a date that cannot be read. */
  badDate: string;
  value: string;
  onChange: (value: string) => void;
  tried: boolean;
}) {
  const t = useT();
  const error = typedError({
    tried,
    text: value,
    readable: parseDanishDate(value) !== null,
    required: t('validation.required'),
    unreadable: badDate,
  });
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      required
      value={value}
      onChange={onChange}
      error={error}
      widthClass="input-width-s"
    />
  );
}
