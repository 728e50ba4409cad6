import { lazy, Suspense } from 'react';
import { Loading } from '../layout/Loading.tsx';
import { Thousands } from '../layout/Thousands.tsx';
import type { AllocationOutput } from '../../shared/decisions-schema.ts';
import { useAdministrations } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { allocationXlsxUrl } from './api.ts';
import { PoolsTable } from '../rounds/PoolsTable.tsx';
import { YearHeaders } from '../layout/YearHeaders.tsx';

// The chart library is large; it loads with the first chart, not with the app.
const CashFlowChart = lazy(() =>
  import('./CashFlowChart.tsx').then((m) => ({ default: m.CashFlowChart })),
);

/** What the round granted per pool and forvaltning, what is left, and the cash flow. */
export function AllocationView({ allocation }: { allocation: AllocationOutput }) {
  const t = useT();
  const names = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const poolName = new Map(allocation.pools.map((p) => [p.key, p.name]));
  const level = allocation.priceLevelYear;
  return (
    <section aria-labelledby="allocation-heading" className="mt-8">
      <h2 id="allocation-heading">{t('decisions.allocationHeading')}</h2>
      <p>
        {t('decisions.allocationIntro', { level })}{' '}
        {allocation.rulesVersion !== null &&
          t('decisions.rulesVersion', { version: allocation.rulesVersion })}
      </p>
      {!allocation.complete && <p>{t('decisions.partial')}</p>}
      <p>
        <a href={allocationXlsxUrl(allocation.roundId)} download>
          {t('decisions.downloadXlsx')}
        </a>
      </p>
      {allocation.pools.length === 0 ? (
        <p>{t('decisions.noPools')}</p>
      ) : (
        <PoolsTable
          pools={allocation.pools}
          years={allocation.years}
          caption={t('decisions.poolsCaption', { level })}
          usedLabel={t('decisions.granted')}
          format={(value) => <Thousands value={value} />}
        />
      )}
      {allocation.byAdministration.length === 0 ? (
        <p>{t('decisions.nothingGranted')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('decisions.administrationsCaption', { level })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.administration')}</th>
                <th scope="col">{t('decisions.pool')}</th>
                <YearHeaders years={allocation.years} />
                <th scope="col" className="align-text-right">
                  {t('decisions.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {allocation.byAdministration.map((row) => (
                <tr key={`${row.administration}-${row.poolKey}`}>
                  <th scope="row">
                    {row.administration
                      ? (names.get(row.administration) ?? row.administration)
                      : '–'}
                  </th>
                  <td>{poolName.get(row.poolKey) ?? row.poolKey}</td>
                  {row.perYear.map((v, i) => (
                    <td key={i} className="align-text-right">
                      <Thousands value={v} />
                    </td>
                  ))}
                  <td className="align-text-right">
                    <Thousands value={row.total} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('decisions.total')}</th>
                <td />
                {allocation.grantedPerYear.map((v, i) => (
                  <td key={i} className="align-text-right">
                    <strong>
                      <Thousands value={v} />
                    </strong>
                  </td>
                ))}
                <td className="align-text-right">
                  <strong>
                    <Thousands value={allocation.grantedTotal} />
                  </strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {allocation.cashFlow.length > 0 && (
        <>
          <h3 className="mt-6">{t('decisions.cashFlowHeading')}</h3>
          <Suspense fallback={<Loading />}>
            {allocation.cashFlow.map((flow) => (
              <CashFlowChart key={flow.poolKey} flow={flow} level={level} />
            ))}
          </Suspense>
        </>
      )}
    </section>
  );
}
