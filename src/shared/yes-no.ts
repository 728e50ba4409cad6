import type { MessageKey } from './i18n/da.ts';

export function yesNoKey(value: boolean | null): MessageKey {
  return value === null ? 'common.unknown' : value ? 'common.yes' : 'common.no';
}
