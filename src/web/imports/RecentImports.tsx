import { Link } from 'react-router';
import { useState } from 'react';
import { IMPORTS_PAGE_SIZE, useRecentImports } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { DateTime } from '../layout/DateTime.tsx';
import { Pager } from '../layout/Pager.tsx';

/** The latest imports, so one left half read can be taken up again. */
export function RecentImports() {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const page = useRecentImports(offset).data;
  if (!page || page.total === 0) return null;
  return (
    <>
      <div className="table--responsive-scroll mt-7">
        <table className="table table--compact">
          <caption>{t('import.recent')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.file')}</th>
              <th scope="col">{t('import.col.when')}</th>
              <th scope="col">{t('import.col.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link
                    to={`/indlaesninger/${item.id}`}
                    aria-label={t('import.openOf', { fileName: item.fileName })}
                  >
                    {item.fileName}
                  </Link>
                </td>
                <td>
                  <DateTime value={item.createdAt} />
                </td>
                <td>{t('import.progressShort', { done: item.done, total: item.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        offset={offset}
        total={page.total}
        pageSize={IMPORTS_PAGE_SIZE}
        label={t('import.pages')}
        onOffset={setOffset}
      />
    </>
  );
}
