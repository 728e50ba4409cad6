import { useT } from '../i18n/context.ts';

/** Previous and next page of a list, and where in the list the page is; nothing for one page. */
export function Pager({
  offset,
  total,
  pageSize,
  label,
  onOffset,
}: {
  offset: number;
  total: number;
  pageSize: number;
  /** Names the navigation for screen readers: which list's pages. */
  label: string;
  onOffset: (offset: number) => void;
}) {
  const t = useT();
  if (total <= pageSize) return null;
  const pages = Math.ceil(total / pageSize);
  const page = Math.floor(offset / pageSize) + 1;
  return (
    <nav className="pager button-row mt-5" aria-label={label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
      >
        {t('pager.previous')}
      </button>
      <span>{t('pager.pageOf', { page, pages, total })}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onOffset(offset + pageSize)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
