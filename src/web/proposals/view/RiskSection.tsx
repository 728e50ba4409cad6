import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { Narrative } from './Narrative.tsx';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

export function RiskSection({ proposal }: { proposal: ProposalOutput }) {
  const t = useT();
  return (
    <>
      <dl className="facts">
        <dt>{t('risk.overall')}</dt>
        <dd>{proposal.riskLevel ? t(`risk.${proposal.riskLevel}`) : t('common.none')}</dd>
      </dl>
      <Narrative text={proposal.riskNarrative} />
      {proposal.risks.length > 0 && (
        <ScrollBox label={t('risk.caption')}>
          <table className="table table--compact">
            <caption>{t('risk.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('risk.name')}</th>
                <th scope="col">{t('risk.level')}</th>
                <th scope="col">{t('risk.mitigation')}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.risks.map((risk, i) => (
                <tr key={i}>
                  <th scope="row" className="weight-normal">
                    {risk.name}
                  </th>
                  <td>{risk.level ? t(`risk.${risk.level}`) : t('common.none')}</td>
                  <td className="pre-line">{risk.mitigation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {(proposal.kind === 'investeringsforslag' || proposal.adminEfficiency) && (
        <>
          <h3>{t('risk.adminEfficiency')}</h3>
          <Narrative text={proposal.adminEfficiency} />
        </>
      )}
    </>
  );
}
