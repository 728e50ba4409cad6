import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { Narrative } from './Narrative.tsx';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

type Future = NonNullable<ProposalOutput['futureInvestment']>;

function Range({ range }: { range: Future['expectedCost'] }) {
  const t = useT();
  if (range.min === null && range.max === null) return <>{t('common.none')}</>;
  if (range.min === null || range.max === null || range.min === range.max) {
    return <>{formatAmount(range.min ?? range.max)}</>;
  }
  return <>{t('future.range', { min: formatAmount(range.min), max: formatAmount(range.max) })}</>;
}

export function FutureInvestmentTable({ future }: { future: ProposalOutput['futureInvestment'] }) {
  const t = useT();
  if (!future) return <p>{t('future.none')}</p>;
  const mark = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <>
      <ScrollBox label={t('future.caption')}>
        <table className="table table--compact">
          <caption>{t('future.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('future.expectedCost')}</th>
              <th scope="col">{t('future.expectedDecisionRound')}</th>
              <th scope="col">{t('future.efficiencyPotential')}</th>
              <th scope="col">{t('future.efficiencyArea')}</th>
              <th scope="col">{t('future.crossCuttingEfficiency')}</th>
              <th scope="col">{t('future.largeScalePotential')}</th>
              <th scope="col">{t('future.matureNewTechnology')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="nowrap">
                <Range range={future.expectedCost} />
              </td>
              <td>{future.expectedDecisionRound || t('common.none')}</td>
              <td className="nowrap">
                <Range range={future.efficiencyPotential} />
              </td>
              <td>
                {future.efficiencyArea ? t(`area.${future.efficiencyArea}`) : t('common.none')}
              </td>
              <td>{mark(future.crossCuttingEfficiency)}</td>
              <td>{mark(future.largeScalePotential)}</td>
              <td>{mark(future.matureNewTechnology)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      {future.note && (
        <>
          <h3 className="h4">{t('future.note')}</h3>
          <Narrative text={future.note} />
        </>
      )}
    </>
  );
}
