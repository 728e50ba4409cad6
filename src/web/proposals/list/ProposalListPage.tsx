import { Link, useSearchParams } from 'react-router';
import { canCreateAny } from '../../../domain/workflow/permissions.ts';
import { roundOverviewUrl } from '../../api/documents.ts';
import type { ProposalListParams } from '../../api/proposals.ts';
import { useProposalList } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';
import { Inbox } from '../../inbox/Inbox.tsx';
import { DEFAULT_PAGE_SIZE } from '../../../shared/paging.ts';
import { Loading } from '../../layout/Loading.tsx';
import { Pager } from '../../layout/Pager.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { ListFilters } from './ListFilters.tsx';
import { readListQuery, toggleSort, writeListQuery } from './list-query.ts';
import { ProposalTable } from './ProposalTable.tsx';

export function ProposalListPage() {
  const t = useT();
  usePageTitle(t('list.title'));
  const [search, setSearch] = useSearchParams();
  const query = readListQuery(search);
  const list = useProposalList(query);
  const mayCreate = useMay()(canCreateAny);
  const show = (next: ProposalListParams) => setSearch(writeListQuery(next));

  return (
    <>
      <div className="page-heading">
        <h1>{t('list.title')}</h1>
        {mayCreate && (
          <Link className="button button-primary" to="/forslag/ny">
            {t('list.newProposal')}
          </Link>
        )}
      </div>
      <p className="font-lead">{t('list.intro')}</p>
      <Inbox />
      {/* A new filter starts from the first page. */}
      <ListFilters query={query} onChange={(next) => show({ ...next, offset: 0 })} />
      {query.round && (
        <p>
          {/* The appendix of the round the list is filtered by, as the secretariat hands it on. */}
          <a className="button button-secondary" href={roundOverviewUrl(query.round)} download>
            {t('list.downloadOverview')}
          </a>
        </p>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <ProposalTable
            items={list.data.items}
            total={list.data.total}
            query={query}
            onSort={(key) => show(toggleSort(query, key))}
          />
          <Pager
            offset={query.offset}
            total={list.data.total}
            pageSize={DEFAULT_PAGE_SIZE}
            label={t('list.pages')}
            onOffset={(offset) => show({ ...query, offset })}
          />
        </>
      )}
    </>
  );
}
