import type { RoundOverviewOutput } from '../../shared/overview-schema.ts';
import { formatDanishNumber } from '../../shared/danish-number.ts';
import { formatWholeOfThousands } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { YearHeaders } from '../layout/YearHeaders.tsx';

// The overview's table: committee, then forvaltning, then each proposal with its printed whole
// thousands per year and in total; a total per committee and for the round, and, where rounding
// each figure on its own makes the printed rows and the printed total differ, a line saying by
// how much, with the exact amount beside it.

type Sum = RoundOverviewOutput['sum'];

export function OverviewTable({
  data,
  committeeName,
  administrationName,
}: {
  data: RoundOverviewOutput;
  committeeName: (code: string) => string;
  administrationName: (code: string) => string;
}) {
  const t = useT();
  const years = data.years;
  const width = years.length + 3;
  const level = t('common.priceLevel', { year: data.priceLevelYear });
  const figures = (printed: { perYear: number[]; total: number }, strong = false) =>
    [...printed.perYear, printed.total].map((value, i) => (
      <td key={i} className="align-text-right">
        {strong ? <strong>{formatDanishNumber(value)}</strong> : formatDanishNumber(value)}
      </td>
    ));
  const totalRow = (key: string, label: string, sum: Sum) => (
    <tr key={key}>
      <th scope="row" colSpan={2}>
        {label}
      </th>
      {figures(sum.printed, true)}
    </tr>
  );
  const difference = data.sum.roundingDifference.total;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact" data-testid="round-overview">
        <caption>
          {t('roundOverview.caption', { round: data.round.name })} (
          {t('roundOverview.unit', { level })})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.col.code')}</th>
            <th scope="col">{t('overview.col.title')}</th>
            <YearHeaders years={years} />
            <th scope="col" className="align-text-right">
              {t('overview.col.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.committees.flatMap((group) => {
            const committee = group.committee
              ? committeeName(group.committee)
              : t('overview.noCommittee');
            return [
              <tr key={`c-${group.committee}`}>
                <th scope="colgroup" colSpan={width}>
                  {committee}
                </th>
              </tr>,
              ...group.administrations.flatMap((a) => [
                <tr key={`a-${group.committee}-${a.administration}`}>
                  <th scope="colgroup" colSpan={width} className="weight-normal">
                    {a.administration
                      ? administrationName(a.administration)
                      : t('overview.noAdministration')}
                  </th>
                </tr>,
                ...a.entries.map((entry) => (
                  <tr key={entry.proposalId} data-testid={`overview-${entry.proposalId}`}>
                    <td>{entry.code ?? t('common.none')}</td>
                    <th scope="row">
                      {entry.title}
                      {entry.overCap && entry.cap !== null && (
                        <span className="amount-exceeded">
                          {' '}
                          ({t('roundOverview.overCap', { cap: formatWholeOfThousands(entry.cap) })})
                        </span>
                      )}
                      {entry.notConverted && (
                        <span className="d-block">
                          {t('roundOverview.notConverted', { reason: entry.notConverted })}
                        </span>
                      )}
                    </th>
                    {figures(entry.printed)}
                  </tr>
                )),
              ]),
              totalRow(
                `t-${group.committee}`,
                t('overview.committeeTotal', { committee }),
                group.sum,
              ),
            ];
          })}
          {totalRow('total', t('overview.grandTotal'), data.sum)}
        </tbody>
      </table>
      {difference !== 0 && (
        <p data-testid="rounding-difference">
          {t('roundOverview.rounding', {
            rows: formatDanishNumber(data.sum.printed.total + difference),
            total: formatDanishNumber(data.sum.printed.total),
            difference: formatDanishNumber(difference),
          })}
        </p>
      )}
    </div>
  );
}
