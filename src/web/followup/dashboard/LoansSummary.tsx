import { Link } from 'react-router';
import { sumThousands } from '../../../domain/money.ts';
import type { LoanSummary } from '../../../shared/followup/loans-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { QueryError } from '../../layout/QueryError.tsx';
import { useLoans } from '../loans/api.ts';

/** The internal loans in one line of totals: lent, repaid, the balance and what is overdue. */
export function LoansSummary() {
  const t = useT();
  const loans = useLoans();
  if (loans.isPending) return null;
  if (loans.isError) return <QueryError error={loans.error} />;
  const total = (pick: (l: LoanSummary) => number) =>
    formatAmount(sumThousands(loans.data.map(pick)));
  return (
    <section className="mt-7" aria-labelledby="loans-summary">
      <h2 id="loans-summary">{t('loans.nav')}</h2>
      {loans.data.length === 0 ? (
        <p>{t('loans.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('dashboard.loansCaption', { count: loans.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="align-text-right">
                  {t('loans.principal')}
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
              </tr>
            </thead>
            <tbody>
              <tr>
                <td className="align-text-right">{total((l) => l.principal)}</td>
                <td className="align-text-right">{total((l) => l.repaid)}</td>
                <td className="align-text-right">{total((l) => l.balance)}</td>
                <td className="align-text-right">{total((l) => l.overdue)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/laan">{t('dashboard.toLoans')}</Link>
      </p>
    </section>
  );
}
