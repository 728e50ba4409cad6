import { formatDanishDate } from '../../../shared/danish-number.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { yesNoKey } from '../../../shared/yes-no.ts';

/** Tabel 4: the finance office's approval of the economics. */
export function ApprovalTable({ approval }: { approval: ProposalOutput['financeApproval'] }) {
  const t = useT();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{t('approval.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('approval.approved')}</th>
            <th scope="col">{t('approval.date')}</th>
            {approval.note && <th scope="col">{t('approval.note')}</th>}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('approval.body')}</th>
            <td>{t(yesNoKey(approval.approved))}</td>
            <td>{approval.date ? formatDanishDate(approval.date) : t('common.none')}</td>
            {approval.note && <td className="pre-line">{approval.note}</td>}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
