import { useEffect } from 'react';
import { useT } from '../i18n/context.ts';

/** Each route names itself in the browser tab and for screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string | null) {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
