import { Link, useRouteError } from 'react-router';
import { useT } from '../i18n/context.ts';
import { QueryError } from './QueryError.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** A page that failed while rendering: say so inside the layout, with a way back. */
export function RouteError() {
  const t = useT();
  usePageTitle(t('common.error'));
  const error = useRouteError();
  return (
    <>
      <h1>{t('common.error')}</h1>
      <QueryError error={error} />
      <p className="mt-5">
        <Link to="/">{t('common.backToList')}</Link>
      </p>
    </>
  );
}
