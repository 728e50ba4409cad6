import type { RealismOutput } from '../../../shared/followup-realised-schema.ts';
import { formatDanishNumber } from '../../../shared/danish-number.ts';
import { formatAmount, formatWholeOfThousands } from '../../../shared/format.ts';
import { Thousands } from '../../layout/Thousands.tsx';
import { useT } from '../../i18n/context.ts';
import { QueryError } from '../../layout/QueryError.tsx';
import { useRealism } from './api.ts';

// The realism check on a proposal: what the granted proposals' promised savings have turned
// into (realised over promised, for the same forvaltning and kind where there is a record, else
// the same kind, else all), what this proposal's promised savings are then likely to become,
// and the payback that would follow.

type Ratio = NonNullable<RealismOutput['ratio']>;

function basisText(t: ReturnType<typeof useT>, ratio: Ratio): string {
  const kind = ratio.kind ? t(`kind.${ratio.kind}`) : '';
  switch (ratio.basis) {
    case 'administration-kind':
      return t('realism.basis.administrationKind', {
        administration: ratio.administration ?? '',
        kind,
        n: ratio.proposals,
      });
    case 'kind':
      return t('realism.basis.kind', { kind, n: ratio.proposals });
    case 'all':
      return t('realism.basis.all', { n: ratio.proposals });
  }
}

export function RealismPanel({ proposalId }: { proposalId: string }) {
  const t = useT();
  const realism = useRealism(proposalId);
  if (realism.isPending) return null;
  if (realism.isError) return <QueryError error={realism.error} />;
  const { ratio, years, promisedSavings, likelySavings, payback, priceLevelYear } = realism.data;
  const paybackText = (n: number | null) =>
    n === null ? t('economy.paybackNever') : t('economy.paybackYears', { n });
  return (
    <section className="mt-7" aria-labelledby="realism-heading">
      <h2 id="realism-heading">{t('realism.heading')}</h2>
      {ratio === null ? (
        <p>{t('realism.noHistory')}</p>
      ) : (
        <>
          <p>
            {t('realism.ratio', {
              percent: formatDanishNumber(ratio.percent, 1),
              realised: formatWholeOfThousands(ratio.realised),
              promised: formatWholeOfThousands(ratio.promised),
            })}{' '}
            {basisText(t, ratio)}
          </p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption>{t('realism.caption', { level: String(priceLevelYear ?? '') })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('decisions.year')}</th>
                  <th scope="col" className="align-text-right">
                    {t('realism.promised')}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t('realism.likely')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year, i) => (
                  <tr key={year}>
                    <th scope="row">{year}</th>
                    <td className="align-text-right">{formatAmount(promisedSavings[i])}</td>
                    <td className="align-text-right">
                      <Thousands value={likelySavings[i]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <dl className="facts">
        <dt>{t('realism.paybackPromised')}</dt>
        <dd>{paybackText(payback.promised)}</dd>
        {ratio !== null && (
          <>
            <dt>{t('realism.paybackLikely')}</dt>
            <dd>{paybackText(payback.likely)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
