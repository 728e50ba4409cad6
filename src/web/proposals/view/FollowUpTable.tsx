import { GOAL_GROUPS } from '../../../domain/proposal.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

/** Tabel 3, grouped as in the template: realising the proposal, then the efficiencies. */
export function FollowUpTable({ goals }: { goals: ProposalOutput['followUpGoals'] }) {
  const t = useT();
  return (
    <ScrollBox label={t('followUp.caption')}>
      <table className="table table--compact">
        <caption>{t('followUp.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.goal')}</th>
            <th scope="col">{t('followUp.measure')}</th>
            <th scope="col">{t('followUp.responsible')}</th>
            <th scope="col">{t('followUp.when')}</th>
          </tr>
        </thead>
        {goals.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={4}>{t('followUp.none')}</td>
            </tr>
          </tbody>
        )}
        {GOAL_GROUPS.map((group) => {
          const inGroup = goals.filter((g) => g.group === group);
          if (inGroup.length === 0) return null;
          return (
            <tbody key={group}>
              <tr className="group-heading">
                <th scope="rowgroup" colSpan={4}>
                  {t(`goalGroup.${group}`)}
                </th>
              </tr>
              {inGroup.map((goal, i) => (
                <tr key={i}>
                  <td className="pre-line">{goal.goal}</td>
                  <td className="pre-line">{goal.measure}</td>
                  <td>{goal.responsible}</td>
                  <td>{goal.when}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </ScrollBox>
  );
}
