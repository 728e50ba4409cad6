import type { MismatchOutput } from '../../shared/import-schemas.ts';
import type { ProposalContentOutput } from '../../shared/proposal-schema.ts';
import { formatAmount } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { anchorOf } from './fields.ts';
import { YearHeaders } from '../layout/YearHeaders.tsx';

/**
 * The subtotals the document itself states, year by year, each cell that our arithmetic does
 * not reproduce marked and shown with the computed figure beside it.
 */
export function StatedFigures({
  proposal,
  mismatches,
}: {
  proposal: ProposalContentOutput;
  mismatches: readonly MismatchOutput[];
}) {
  const t = useT();
  const years = proposal.economy.years;
  const totals = proposal.stated?.totals ?? [];
  const byField = new Map(mismatches.map((m) => [m.field, m]));
  return (
    <div id={anchorOf('stated')} className="mt-6">
      {totals.length === 0 ? (
        <p>{t('review.statedNone')}</p>
      ) : (
        <div
          className="review-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('review.field.stated')}
        >
          <table className="table table--compact economy-table stated-figures">
            <caption>
              {t('review.stated')} <span className="weight-normal">({t('review.statedUnit')})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.rowHeader')}</th>
                <YearHeaders years={years} />
              </tr>
            </thead>
            <tbody>
              {totals.map((total, row) => (
                <tr key={row}>
                  <th scope="row" className="weight-normal">
                    {total.label}
                  </th>
                  {years.map((year, y) => {
                    const mismatch = byField.get(`${total.label} ${year}`);
                    const stated = formatAmount(total.values[y]);
                    return mismatch ? (
                      <td key={year} className="align-text-right nowrap mismatch">
                        <mark>{stated || t('common.none')}</mark>
                        <span className="sr-only"> {t('review.differs')},</span>
                        <span className="computed-figure">
                          {t('review.computedAs', {
                            value: formatAmount(mismatch.computed) || t('common.none'),
                          })}
                        </span>
                      </td>
                    ) : (
                      <td key={year} className="align-text-right nowrap">
                        {stated}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
