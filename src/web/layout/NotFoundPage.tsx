import { Link } from 'react-router';
import { useT } from '../i18n/context.ts';
import { usePageTitle } from './usePageTitle.ts';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('common.notFound'));
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link to="/">{t('common.backToList')}</Link>
      </p>
    </>
  );
}
