import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { canReportRealised } from '../../../domain/followup/realised-access.ts';
import { sumThousands } from '../../../domain/money.ts';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import type { RealisedOutput } from '../../../shared/followup-realised-schema.ts';
import { danishDateTime, formatAmount } from '../../../shared/format.ts';
import { pointsNowhere } from '../../api/client.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { Loading } from '../../layout/Loading.tsx';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { realisedKeys, useRealised } from './api.ts';
import { FlagText } from './FlagText.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ReportForm } from './ReportForm.tsx';

// A granted proposal's plan (Tabel 1 as decided) against what was realised, year by year and
// row by row, with the flags that follow. Its own forvaltning and the secretariat report a year
// here, typed or from the accounting export; everyone who reads the proposal reads the figures.

type Year = RealisedOutput['years'][number];

export function RealisedPage() {
  const { id = '' } = useParams();
  const t = useT();
  const realised = useRealised(id);
  const may = useMay();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const data = realised.data;
  const title = data ? [data.code, data.title].filter(Boolean).join(': ') : '';
  usePageTitle(t('realised.title', { title }));
  if (realised.isPending) return <Loading />;
  if (realised.isError && pointsNowhere(realised.error)) return <NotFoundPage />;
  if (realised.isError) return <QueryError error={realised.error} />;
  const proposal = realised.data;
  const mayReport = may((a) => canReportRealised(a, proposal));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: realisedKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['reminders'] });
  };
  return (
    <>
      <p>
        <Link to={`/forslag/${id}`}>{t('goals.back')}</Link>
      </p>
      <h1>{t('realised.title', { title })}</h1>
      <p className="font-lead">
        {t('realised.intro', { level: String(proposal.priceLevelYear ?? '') })}
      </p>
      {proposal.flags.length > 0 && (
        <Alert variant="warning" heading={t('realised.flagsHeading')}>
          <ul className="alert-text">
            {proposal.flags.map((flag, i) => (
              <li key={i}>
                <FlagText flag={flag} />
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {saved !== null && (
        <Alert variant="success" heading={t('realised.saved', { year: String(saved) })} />
      )}
      <YearsSummary proposal={proposal} />
      {proposal.years.map((year) => (
        <section key={year.year} className="mt-7" aria-labelledby={`year-${year.year}`}>
          <h2 id={`year-${year.year}`}>{year.year}</h2>
          <YearStatus year={year} />
          {editing === year.year ? (
            <ReportForm
              proposal={proposal}
              year={year}
              onSaved={(figures) => {
                queryClient.setQueryData(realisedKeys.of(id), figures);
                setEditing(null);
                setSaved(year.year);
                refresh();
              }}
              onStale={refresh}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <>
              <YearTable year={year} level={proposal.priceLevelYear} />
              {mayReport && (
                <button
                  type="button"
                  className="button button-secondary mt-3"
                  onClick={() => {
                    setSaved(null);
                    setEditing(year.year);
                  }}
                >
                  {year.reported
                    ? t('realised.edit', { year: String(year.year) })
                    : t('realised.report', { year: String(year.year) })}
                </button>
              )}
            </>
          )}
        </section>
      ))}
      {mayReport && <ImportForm onImported={refresh} />}
    </>
  );
}

/** Each year's savings, planned against realised, with its due date: the page in one table. */
function YearsSummary({ proposal }: { proposal: RealisedOutput }) {
  const t = useT();
  const none = t('common.none');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>
          {t('realised.summaryCaption', { level: String(proposal.priceLevelYear ?? '') })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.year')}</th>
            <th scope="col">{t('realised.due')}</th>
            <th scope="col">{t('realised.reported')}</th>
            <th scope="col" className="align-text-right">
              {t('deviations.plannedSavings')}
            </th>
            <th scope="col" className="align-text-right">
              {t('deviations.realisedSavings')}
            </th>
            <th scope="col" className="align-text-right">
              {t('realised.deviation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {proposal.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">
                <a href={`#year-${y.year}`}>{y.year}</a>
              </th>
              <td>{formatDanishDate(y.dueOn)}</td>
              <td>{y.reported ? t('common.yes') : t('common.no')}</td>
              <td className="align-text-right">{formatAmount(y.planned.savings)}</td>
              <td className="align-text-right">
                {y.realised ? formatAmount(y.realised.savings) : none}
              </td>
              <td className="align-text-right">
                {y.realised
                  ? formatAmount(sumThousands([y.realised.savings, -y.planned.savings]))
                  : none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function YearStatus({ year }: { year: Year }) {
  const t = useT();
  const due = formatDanishDate(year.dueOn);
  if (!year.reported || !year.updatedAt) return <p>{t('realised.notReported', { due })}</p>;
  const at = danishDateTime(year.updatedAt);
  return <p>{t('realised.reportedOn', { date: at?.date ?? '', due })}</p>;
}

function YearTable({ year, level }: { year: Year; level: number | null }) {
  const t = useT();
  const none = t('common.none');
  const shown = (v: number | null) => (year.reported ? formatAmount(v) : none);
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>
          {t('realised.yearCaption', { year: String(year.year), level: String(level ?? '') })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('realised.row')}</th>
            <th scope="col">{t('realised.section')}</th>
            <th scope="col" className="align-text-right">
              {t('realised.planned')}
            </th>
            <th scope="col" className="align-text-right">
              {t('realised.realised')}
            </th>
            <th scope="col" className="align-text-right">
              {t('realised.deviation')}
            </th>
            <th scope="col">{t('realised.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {year.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row">{r.label}</th>
              <td>{t(`sectionShort.${r.section}`)}</td>
              <td className="align-text-right">{formatAmount(r.planned)}</td>
              <td className="align-text-right">{shown(r.realised)}</td>
              <td className="align-text-right">{shown(r.deviation)}</td>
              <td>{r.comment}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('realised.savings')}
            </th>
            <td className="align-text-right">{formatAmount(year.planned.savings)}</td>
            <td className="align-text-right">
              {year.realised ? formatAmount(year.realised.savings) : none}
            </td>
            <td className="align-text-right">
              {year.realised
                ? formatAmount(sumThousands([year.realised.savings, -year.planned.savings]))
                : none}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
