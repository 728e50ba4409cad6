import { Link } from 'react-router';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { useSimilar } from '../api/search.ts';
import { useT } from '../i18n/context.ts';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { useNames } from './useNames.ts';

const percent = (share: number) => `${formatDanishNumber(Math.round(share * 100), 0)} %`;

/**
 * Proposals of other forvaltninger that look like this one, overlaps to catch before funding,
 * and near-identical ones of its own forvaltning, marked as possible duplicates.
 */
export function SimilarProposals({ id }: { id: string }) {
  const t = useT();
  const similar = useSimilar(id);
  const names = useNames();
  return (
    <section className="similar-proposals mt-8" aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t('similar.title')}</h2>
      <p>{t('similar.intro')}</p>
      {similar.isPending ? (
        <Loading />
      ) : similar.isError ? (
        <QueryError error={similar.error} onRetry={() => void similar.refetch()} />
      ) : similar.data.length === 0 ? (
        <p>{t('similar.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('similar.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.col.title')}</th>
                <th scope="col">{t('list.col.administration')}</th>
                <th scope="col">{t('list.col.round')}</th>
                <th scope="col">{t('list.col.status')}</th>
                <th scope="col" className="align-text-right">
                  {t('similar.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {similar.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/forslag/${p.id}`}>
                      {p.code ? `${p.code}: ${p.title}` : p.title}
                    </Link>
                    {p.sameAdministration && (
                      <span className="badge badge-warning ml-3">{t('similar.duplicate')}</span>
                    )}
                  </td>
                  <td>
                    {p.leadAdministration
                      ? names.administration(p.leadAdministration)
                      : t('common.none')}
                  </td>
                  <td>{p.roundId ? names.round(p.roundId) : t('common.none')}</td>
                  <td>{t(`status.${p.status}`)}</td>
                  <td className="align-text-right nowrap">{percent(p.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
