import { Link } from 'react-router';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useDeviations } from '../realised/api.ts';
import { FlagText } from '../realised/FlagText.tsx';
import { FollowUpNav } from './FollowUpNav.tsx';

// Every flag of benefit realisation on one screen: the granted proposals whose savings lag the
// plan beyond the secretariat's threshold, and those whose yearly report is overdue, each with
// its planned against realised savings so far.

export function DeviationsPage() {
  const t = useT();
  usePageTitle(t('deviations.title'));
  const deviations = useDeviations();
  return (
    <>
      <h1>{t('deviations.title')}</h1>
      <FollowUpNav />
      {deviations.isPending ? (
        <Loading />
      ) : deviations.isError ? (
        <QueryError error={deviations.error} />
      ) : (
        <>
          <p className="font-lead">
            {t('deviations.intro', {
              threshold: deviations.data.lagThresholdPercent,
              today: formatDanishDate(deviations.data.today),
            })}
          </p>
          {deviations.data.items.length === 0 ? (
            <p>{t('deviations.none')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption>{t('deviations.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('loans.proposal')}</th>
                    <th scope="col">{t('loans.administration')}</th>
                    <th scope="col">{t('deviations.years')}</th>
                    <th scope="col" className="align-text-right">
                      {t('deviations.plannedSavings')}
                    </th>
                    <th scope="col" className="align-text-right">
                      {t('deviations.realisedSavings')}
                    </th>
                    <th scope="col">{t('deviations.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  {deviations.data.items.map((item) => (
                    <tr key={item.proposalId}>
                      <th scope="row">
                        <Link to={`/forslag/${item.proposalId}/realiseret`}>
                          {[item.code, item.title].filter(Boolean).join(': ')}
                        </Link>
                      </th>
                      <td>{item.leadAdministration ?? t('common.none')}</td>
                      <td>
                        {item.savings.years.length === 0
                          ? t('deviations.noneReported')
                          : item.savings.years.join(', ')}
                      </td>
                      <td className="align-text-right">{formatAmount(item.savings.planned)}</td>
                      <td className="align-text-right">{formatAmount(item.savings.realised)}</td>
                      <td>
                        <ul className="nobullet-list">
                          {item.flags.map((flag, i) => (
                            <li key={i}>
                              <FlagText flag={flag} />
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
