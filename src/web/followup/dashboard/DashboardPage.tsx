import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useDashboard } from '../realised/api.ts';
import { FollowUpNav } from './FollowUpNav.tsx';
import { LoansSummary } from './LoansSummary.tsx';
import { SavingsFigure } from './SavingsFigure.tsx';

// The portfolio's promised against realised savings, year by year, for the whole portfolio and
// each forvaltning, against the secretariat's targets; and the internal loans in short.

export function DashboardPage() {
  const t = useT();
  usePageTitle(t('dashboard.title'));
  const dashboard = useDashboard();
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <FollowUpNav />
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <QueryError error={dashboard.error} />
      ) : dashboard.data.years.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <>
          <p className="font-lead">
            {t('dashboard.intro', { level: String(dashboard.data.priceLevelYear ?? '') })}
          </p>
          {!dashboard.data.complete && <p>{t('dashboard.partial')}</p>}
          <section className="mt-6" aria-labelledby="dashboard-portfolio">
            <h2 id="dashboard-portfolio">{t('dashboard.portfolio')}</h2>
            <SavingsFigure
              id="portfolio"
              name={t('dashboard.portfolio')}
              level={dashboard.data.priceLevelYear}
              years={dashboard.data.portfolio}
            />
          </section>
          {dashboard.data.byAdministration.map((a) => {
            const name = a.administration ? a.name : t('dashboard.noAdministration');
            const id = `administration-${a.administration ?? 'none'}`;
            return (
              <section key={id} className="mt-7" aria-labelledby={`${id}-heading`}>
                <h2 id={`${id}-heading`}>{name}</h2>
                <SavingsFigure
                  id={id}
                  name={name}
                  level={dashboard.data.priceLevelYear}
                  years={a.years}
                />
              </section>
            );
          })}
        </>
      )}
      <LoansSummary />
    </>
  );
}
