import { useT } from '../i18n/context.ts';
import { danishDateTime } from '../../shared/format.ts';

/** Formats a timestamp as "22.11.2026 kl. 14.05" in the current language's words. */
export function useFormatDateTime(): (timestamp: string) => string {
  const t = useT();
  return (timestamp) => {
    const parts = danishDateTime(timestamp);
    return parts ? t('common.dateTime', parts) : timestamp;
  };
}

export function DateTime({ value }: { value: string }) {
  const format = useFormatDateTime();
  return <time dateTime={value}>{format(value)}</time>;
}
