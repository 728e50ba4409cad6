import type { RoleGrantOutput } from '../../shared/auth-schema.ts';
import type { MessageKey } from '../../shared/i18n/da.ts';
import type { MessageParams } from '../../shared/i18n/translate.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/** "Forslagsstiller i SOF", or the central role's name alone. */
export function roleLabel(t: T, { role, administration }: RoleGrantOutput): string {
  const name = t(`role.${role}`);
  return administration ? t('auth.roleIn', { role: name, administration }) : name;
}
