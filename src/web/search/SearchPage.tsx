import { useSearchParams } from 'react-router';
import { useSearch, type SearchParams } from '../api/search.ts';
import { useT } from '../i18n/context.ts';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { readSearchQuery, writeSearchQuery } from './search-query.ts';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchForm } from './SearchForm.tsx';
import { SearchHits } from './SearchHits.tsx';
import { SEARCH_PAGE_SIZE } from '../../shared/search-schemas.ts';
import { Pager } from '../layout/Pager.tsx';
import './search.css';

export function SearchPage() {
  const t = useT();
  const [address, setAddress] = useSearchParams();
  const params = readSearchQuery(address);
  usePageTitle(params.q ? t('search.titleFor', { q: params.q }) : t('search.title'));
  const result = useSearch(params);
  const show = (next: SearchParams) => setAddress(writeSearchQuery(next));

  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="font-lead">{t('search.intro')}</p>
      <SearchForm
        id="search-page-q"
        initial={params.q}
        label={t('search.words')}
        labelHidden={false}
        className="mt-5"
      />
      {params.q === '' ? null : result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <>
          <SearchFilters params={params} facets={result.data.facets} onChange={show} />
          <p className="mt-5" role="status">
            {/* The previous hits stay on screen while the new ones load; their count must not
                be announced as the new query's. */}
            {result.isPlaceholderData
              ? t('common.loading')
              : result.data.total === 0
                ? t('search.none', { q: params.q })
                : t('search.found', { n: result.data.total, q: params.q })}
          </p>
          <SearchHits hits={result.data.hits} />
          <Pager
            offset={params.offset}
            total={result.data.total}
            pageSize={SEARCH_PAGE_SIZE}
            label={t('search.pages')}
            onOffset={(offset) => show({ ...params, offset })}
          />
        </>
      )}
    </>
  );
}
