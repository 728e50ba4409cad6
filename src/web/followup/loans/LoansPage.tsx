import { Link } from 'react-router';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useLoans } from './api.ts';

/** Every internal loan the user may see: lent, scheduled, repaid, balance and what is overdue. */
export function LoansPage() {
  const t = useT();
  usePageTitle(t('loans.nav'));
  const loans = useLoans();
  return (
    <>
      <h1>{t('loans.nav')}</h1>
      <p className="font-lead">{t('loans.intro')}</p>
      {loans.isPending ? (
        <Loading />
      ) : loans.isError ? (
        <QueryError error={loans.error} />
      ) : loans.data.length === 0 ? (
        <p>{t('loans.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('loans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('loans.proposal')}</th>
                <th scope="col">{t('loans.administration')}</th>
                <th scope="col" className="align-text-right">
                  {t('loans.principal')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('loans.scheduled')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('loans.repaid')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('loans.balance')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('loans.overdue')}
                </th>
                <th scope="col">{t('loans.nextDue')}</th>
              </tr>
            </thead>
            <tbody>
              {loans.data.map((loan) => (
                <tr key={loan.proposalId}>
                  <th scope="row">
                    <Link to={`/laan/${loan.proposalId}`}>
                      {[loan.code, loan.title].filter(Boolean).join(': ')}
                    </Link>
                  </th>
                  <td>{loan.administration ?? t('common.none')}</td>
                  <td className="align-text-right">{formatAmount(loan.principal)}</td>
                  <td className="align-text-right">{formatAmount(loan.scheduled)}</td>
                  <td className="align-text-right">{formatAmount(loan.repaid)}</td>
                  <td className="align-text-right">{formatAmount(loan.balance)}</td>
                  <td className="align-text-right">{formatAmount(loan.overdue)}</td>
                  <td>{loan.nextDueOn ? formatDanishDate(loan.nextDueOn) : t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
