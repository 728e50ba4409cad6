import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { VERSIONS_PAGE_SIZE } from '../../api/proposals.ts';
import { useProposal, useVersions } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';
import { DateTime } from '../../layout/DateTime.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { Pager } from '../../layout/Pager.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { CompareForm } from './CompareForm.tsx';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

export function VersionsPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const proposal = useProposal(id);
  const [offset, setOffset] = useState(0);
  const versions = useVersions(id, offset);
  const title = proposal.data ? t('versions.title', { title: proposal.data.title }) : null;
  usePageTitle(title ?? t('view.versions'));

  if (proposal.isPending || versions.isPending) return <Loading />;
  if (proposal.isError) return <QueryError error={proposal.error} />;
  if (versions.isError) return <QueryError error={versions.error} />;
  const newest = proposal.data.version;
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/forslag/${id}`}>{t('versions.toCurrent')}</Link>
      </p>
      <ScrollBox label={t('versions.caption')}>
        <table className="table table--compact table--zebra">
          <caption>{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.col.version')}</th>
              <th scope="col">{t('versions.col.savedAt')}</th>
              <th scope="col">{t('versions.col.title')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.items.map((v) => (
              <tr key={v.version}>
                <td>
                  <Link to={`/forslag/${id}/versioner/${v.version}`}>
                    {t('versions.show', { version: v.version })}
                  </Link>
                  {v.version === newest && ` ${t('versions.current')}`}
                </td>
                <td>
                  <DateTime value={v.savedAt} />
                </td>
                <td>{v.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Pager
        offset={offset}
        total={versions.data.total}
        pageSize={VERSIONS_PAGE_SIZE}
        label={t('versions.pages')}
        onOffset={setOffset}
      />
      <CompareForm id={id} newest={newest} />
    </>
  );
}
