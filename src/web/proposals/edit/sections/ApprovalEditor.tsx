import { useT } from '../../../i18n/context.ts';
import { ApprovalTable } from '../../view/ApprovalTable.tsx';
import { useEditForm } from '../form-context.ts';

/**
 * Tabel 4 in the edit form: the record of Center for Økonomi's step, never inputs, since only
 * that step may write it (and the server refuses a save that tries).
 */
export function ApprovalEditor() {
  const t = useT();
  const { draft } = useEditForm();
  return (
    <>
      <ApprovalTable approval={draft.financeApproval} stated={draft.stated?.financeApproval} />
      <p className="form-hint">{t('editApproval.recordedByStep')}</p>
    </>
  );
}
