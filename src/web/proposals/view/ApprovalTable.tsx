import { formatDanishDate } from '../../../shared/danish-number.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useT } from '../../i18n/context.ts';
import { yesNoKey } from '../../../shared/yes-no.ts';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

type Approval = ProposalOutput['financeApproval'];

/**
 * Tabel 4: the finance office's approval of the economics, as its step recorded it, and below
 * it what an imported document stated, labelled as the source's word and not the approval.
 */
export function ApprovalTable({ approval, stated }: { approval: Approval; stated?: Approval }) {
  const t = useT();
  const rows: { label: string; approval: Approval }[] = [
    { label: t('approval.body'), approval },
    ...(stated ? [{ label: t('approval.stated'), approval: stated }] : []),
  ];
  const withNote = rows.some((row) => row.approval.note);
  return (
    <ScrollBox label={t('approval.caption')}>
      <table className="table table--compact">
        <caption>{t('approval.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('approval.approved')}</th>
            <th scope="col">{t('approval.date')}</th>
            {withNote && <th scope="col">{t('approval.note')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{t(yesNoKey(row.approval.approved))}</td>
              <td>{row.approval.date ? formatDanishDate(row.approval.date) : t('common.none')}</td>
              {withNote && <td className="pre-line">{row.approval.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
