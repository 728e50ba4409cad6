import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { canRecordLoan } from '../../../domain/followup/permissions.ts';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import { formatAmount } from '../../../shared/format.ts';
import type { LoanOutput } from '../../../shared/followup/loans-schema.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { pointsNowhere } from '../../api/client.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { loanKeys, useLoan } from './api.ts';
import { PaymentForm } from './PaymentForm.tsx';
import { TermsForm } from './TermsForm.tsx';

// One internal loan: what was lent and what the schedule asks (their difference shown, as in
// seed 002's 2 x 610 against 1.200), each instalment with what settled it, the payments, and for
// the secretariat the forms to record a payment or other terms.

function Figures({ loan }: { loan: LoanOutput }) {
  const t = useT();
  const rows: [string, number][] = [
    [t('loans.principal'), loan.principal],
    [t('loans.scheduled'), loan.scheduled],
    [t('loans.difference'), loan.scheduleDifference],
    [t('loans.repaid'), loan.repaid],
    [t('loans.balance'), loan.balance],
    [t('loans.outstanding'), loan.outstanding],
    [t('loans.overdue'), loan.overdue],
    [t('loans.overpaid'), loan.overpaid],
  ];
  return (
    <table className="table table--compact">
      <caption>{t('loans.figuresCaption', { level: String(loan.priceLevelYear ?? '') })}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="align-text-right">{formatAmount(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LoanPage() {
  const { proposalId = '' } = useParams();
  const t = useT();
  const loan = useLoan(proposalId);
  const may = useMay();
  const queryClient = useQueryClient();
  const title = loan.data ? [loan.data.code, loan.data.title].filter(Boolean).join(': ') : '';
  usePageTitle(loan.data ? t('loans.title', { title }) : t('loans.nav'));
  if (loan.isPending) return <Loading />;
  if (loan.isError && pointsNowhere(loan.error)) return <NotFoundPage />;
  if (loan.isError) return <QueryError error={loan.error} />;
  const data = loan.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: loanKeys.all });
  return (
    <>
      <p>
        <Link to="/laan">{t('loans.back')}</Link>
      </p>
      <h1>{t('loans.title', { title })}</h1>
      <p>
        <Link to={`/forslag/${data.proposalId}`}>{t('loans.toProposal')}</Link>
      </p>
      <p>
        {data.origin === 'plan'
          ? t('loans.fromPlan')
          : t('loans.fromSecretariat', { reason: data.reason ?? '' })}{' '}
        {t('loans.asOf', { date: formatDanishDate(data.today) })}
      </p>
      {data.scheduleDifference !== 0 && (
        <Alert variant="info" heading={t('loans.differenceHeading')}>
          <p className="alert-text">
            {t(data.scheduleDifference > 0 ? 'loans.differenceMore' : 'loans.differenceLess', {
              scheduled: formatAmount(data.scheduled),
              principal: formatAmount(data.principal),
              difference: formatAmount(Math.abs(data.scheduleDifference)),
            })}
          </p>
        </Alert>
      )}
      <Figures loan={data} />
      <div className="table--responsive-scroll">
        <table className="table table--compact mt-6">
          <caption>{t('loans.instalmentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('loans.dueOn')}</th>
              <th scope="col" className="align-text-right">
                {t('loans.amount')}
              </th>
              <th scope="col" className="align-text-right">
                {t('loans.paid')}
              </th>
              <th scope="col" className="align-text-right">
                {t('loans.outstanding')}
              </th>
              <th scope="col">{t('loans.state')}</th>
            </tr>
          </thead>
          <tbody>
            {data.instalments.map((i) => (
              <tr key={i.dueOn}>
                <th scope="row">{formatDanishDate(i.dueOn)}</th>
                <td className="align-text-right">{formatAmount(i.amount)}</td>
                <td className="align-text-right">{formatAmount(i.paid)}</td>
                <td className="align-text-right">{formatAmount(i.outstanding)}</td>
                <td>
                  {t(`loans.state.${i.state}`)}
                  {i.settledOn && ` (${formatDanishDate(i.settledOn)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.payments.length === 0 ? (
        <p className="mt-6">{t('loans.noPayments')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact mt-6">
            <caption>{t('loans.paymentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('loans.paidOn')}</th>
                <th scope="col" className="align-text-right">
                  {t('loans.amount')}
                </th>
                <th scope="col">{t('loans.note')}</th>
                <th scope="col">{t('loans.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {data.payments.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{formatDanishDate(p.paidOn)}</th>
                  <td className="align-text-right">{formatAmount(p.amount)}</td>
                  <td>{p.note}</td>
                  <td>{p.recordedBy ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {may(canRecordLoan) && (
        <>
          <PaymentForm loan={data} onSaved={refresh} />
          <TermsForm loan={data} onSaved={refresh} />
        </>
      )}
    </>
  );
}
