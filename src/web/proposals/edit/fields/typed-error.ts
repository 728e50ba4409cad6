/**
 * The finding of a required field typed as text, shown once the user has tried to send the
 * form: that it is missing, or the form's own message when it cannot be read.
 */
export function typedError({
  tried,
  text,
  readable,
  required,
  unreadable,
}: {
  tried: boolean;
  text: string;
  readable: boolean;
  /** The message for a missing value. */
  required: string;
  unreadable: string;
}): string | undefined {
  if (!tried) return undefined;
  if (!text) return required;
  return readable ? undefined : unreadable;
}
