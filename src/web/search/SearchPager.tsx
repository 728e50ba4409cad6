import { SEARCH_PAGE_SIZE } from '../../shared/search-schemas.ts';
import { useT } from '../i18n/context.ts';

/** Previous and next page of hits, and where in the hits the page is. */
export function SearchPager({
  offset,
  total,
  onOffset,
}: {
  offset: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const t = useT();
  if (total <= SEARCH_PAGE_SIZE) return null;
  const pages = Math.ceil(total / SEARCH_PAGE_SIZE);
  const page = Math.floor(offset / SEARCH_PAGE_SIZE) + 1;
  return (
    <nav className="search-pager button-row mt-5" aria-label={t('search.pages')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onOffset(offset - SEARCH_PAGE_SIZE)}
      >
        {t('search.previous')}
      </button>
      <span>{t('search.pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onOffset(offset + SEARCH_PAGE_SIZE)}
      >
        {t('search.next')}
      </button>
    </nav>
  );
}
