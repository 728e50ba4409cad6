import { useField } from '../form-context.ts';
import { SelectField, type Option } from './SelectField.tsx';
import { TextAreaField } from './TextAreaField.tsx';
import { TextField } from './TextField.tsx';

// Fields bound to a field path of the edit form: the path gives id, label, error and blur.

interface Bound {
  path: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
}

export function PathTextField({
  path,
  ...rest
}: Bound & { inputMode?: 'numeric' | 'decimal' | 'text'; widthClass?: string; list?: string }) {
  return <TextField {...useField(path)} {...rest} />;
}

export function PathTextArea({ path, ...rest }: Bound & { rows?: number }) {
  return <TextAreaField {...useField(path)} {...rest} />;
}

export function PathSelect({ path, ...rest }: Bound & { options: Option[]; emptyLabel?: string }) {
  return <SelectField {...useField(path)} {...rest} />;
}
