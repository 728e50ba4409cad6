import { Link, useSearchParams } from 'react-router';
import { canCreateAny } from '../../../domain/workflow/permissions.ts';
import { roundOverviewUrl } from '../../api/documents.ts';
import type { ProposalListParams } from '../../api/proposals.ts';
import { useProposalList } from '../../api/queries.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';
import { Inbox } from '../../inbox/Inbox.tsx';
import { Loading } from '../../layout/Loading.tsx';
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
      <ListFilters query={query} onChange={show} />
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
        <ProposalTable
          items={list.data}
          query={query}
          onSort={(key) => show(toggleSort(query, key))}
        />
      )}
    </>
  );
}
