import { formatDanishNumber } from '../../shared/danish-number.ts';
import { useT } from '../i18n/context.ts';

/** One value of a changed field: numbers the Danish way, yes/no in words, structures as JSON. */
export function FieldValue({ value }: { value: unknown }) {
  const t = useT();
  if (value === undefined || value === null || value === '') return <>{t('history.empty.value')}</>;
  if (typeof value === 'number') return <>{formatDanishNumber(value)}</>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string') return <>{value}</>;
  return <code>{JSON.stringify(value)}</code>;
}
