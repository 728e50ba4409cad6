import { Link, useParams } from 'react-router';
import { useVersion } from '../../api/queries.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { useFormatDateTime } from '../../layout/DateTime.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { ProposalDocument } from '../view/ProposalDocument.tsx';

/** One saved version, read-only, in the same layout as the proposal page. */
export function VersionPage() {
  const params = useParams();
  const version = Number(params.version);
  if (!Number.isInteger(version) || version < 1) return <NotFoundPage />;
  return <SavedVersion id={params.id ?? ''} version={version} />;
}

function SavedVersion({ id, version }: { id: string; version: number }) {
  const t = useT();
  const saved = useVersion(id, version);
  const formatDateTime = useFormatDateTime();
  usePageTitle(
    saved.data
      ? `${saved.data.title} (${t('view.version', { version })})`
      : t('view.version', { version }),
  );

  if (saved.isPending) return <Loading />;
  if (saved.isError) return <QueryError error={saved.error} />;
  return (
    <>
      <Alert variant="info">
        <p className="alert-text">
          {t('versions.viewing', { version, when: formatDateTime(saved.data.updatedAt) })}
        </p>
        <p className="alert-text">
          <Link to={`/forslag/${id}/versioner`}>{t('versions.toList')}</Link> ·{' '}
          <Link to={`/forslag/${id}`}>{t('versions.toCurrent')}</Link>
        </p>
      </Alert>
      <ProposalDocument proposal={saved.data} />
    </>
  );
}
