import { useLocation } from 'react-router';
import { useT } from '../i18n/context.ts';
import { SEARCH_PATH } from './search-query.ts';
import { SearchForm } from './SearchForm.tsx';
import './search.css';

/** The search field in the menu bar on every page except the results page, which has its own. */
export function HeaderSearch() {
  const t = useT();
  const { pathname } = useLocation();
  if (pathname === SEARCH_PATH) return null;
  return (
    <SearchForm
      id="header-search"
      initial=""
      label={t('search.headerLabel')}
      labelHidden
      className="search-form header-search"
    />
  );
}
