import { Link, useParams } from 'react-router';
import { useImport, type ImportDetail } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { EntryBadge } from './EntryBadge.tsx';
import { ImportOverview } from './ImportOverview.tsx';
import { useReading } from './useReading.ts';
import './imports.css';

function ReadProposals({ detail }: { detail: ImportDetail }) {
  const t = useT();
  if (detail.proposals.length === 0) return <p>{t('import.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{t('import.readTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.no')}</th>
            <th scope="col">{t('import.col.code')}</th>
            <th scope="col">{t('import.col.title')}</th>
            <th scope="col">{t('import.col.kind')}</th>
            <th scope="col" className="align-text-right">
              {t('import.col.unread')}
            </th>
            <th scope="col" className="align-text-right">
              {t('import.col.mismatches')}
            </th>
            <th scope="col">{t('import.col.state')}</th>
            <th scope="col">{t('import.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.proposals.map((entry) => (
            <tr key={entry.position}>
              <td>{entry.position + 1}</td>
              <td className="nowrap">{entry.code ?? t('common.none')}</td>
              <td>{entry.title}</td>
              <td>{t(`kind.${entry.kind}`)}</td>
              <td className="align-text-right">{entry.unreadCount}</td>
              <td className="align-text-right">{entry.mismatchCount}</td>
              <td>
                <EntryBadge entry={entry} />
              </td>
              <td>
                <Link
                  to={`/indlaesninger/${detail.id}/forslag/${entry.position}`}
                  aria-label={t('import.reviewOf', { title: entry.title })}
                >
                  {t('import.review')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An import: a progress bar while its proposals are read, then the list to review. */
export function ImportProgressPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const detail = useImport(id);
  const { progress, error, retry } = useReading(id, detail.data?.status === 'reading');
  usePageTitle(
    detail.data
      ? t('import.progressTitle', { fileName: detail.data.fileName })
      : t('common.loading'),
  );

  if (detail.isPending) return <Loading />;
  if (detail.isError) return <QueryError error={detail.error} />;
  const { total } = detail.data;
  // The step's answer can be newer than the list it caused to be fetched again.
  const done = Math.max(progress?.done ?? 0, detail.data.done);
  const finished = done >= total;
  return (
    <>
      <h1>{t('import.progressTitle', { fileName: detail.data.fileName })}</h1>
      {total === 0 ? (
        <p>{t('import.overviewOnly')}</p>
      ) : (
        <>
          <div className="form-group">
            <label className="form-label" htmlFor="import-progress">
              {t('import.progressLabel')}
            </label>
            <progress
              id="import-progress"
              className="import-progress"
              max={total}
              value={done}
              aria-valuetext={t('import.progress', { done, total })}
            />
            <p role="status" className="mt-2">
              {finished
                ? t('import.progressDone', { total })
                : t('import.progress', { done, total })}
            </p>
          </div>
          {error && !finished && (
            <Alert variant="error" heading={t('import.stepFailed')}>
              <p className="alert-text">{error.message}</p>
              <button type="button" className="button button-secondary mt-3" onClick={retry}>
                {t('import.resume')}
              </button>
            </Alert>
          )}
          <ReadProposals detail={detail.data} />
        </>
      )}
      <ImportOverview importId={id} />
    </>
  );
}
