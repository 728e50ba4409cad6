import { useT } from '../../../i18n/context.ts';
import { fieldId } from '../field-paths.ts';
import { PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { YesNoField } from '../fields/YesNoField.tsx';
import { useEditForm } from '../form-context.ts';

/** Tabel 4: Center for Økonomi's approval. */
export function ApprovalEditor() {
  const t = useT();
  const { draft, set, notesFor } = useEditForm();
  const approval = draft.financeApproval;
  const change = (patch: Partial<typeof approval>) =>
    set('financeApproval', { ...approval, ...patch });
  return (
    <>
      <h3>{t('approval.caption')}</h3>
      <YesNoField
        id={fieldId('financeApproval.approved')}
        label={t('editApproval.approved')}
        value={approval.approved}
        notes={notesFor('financeApproval.approved')}
        onChange={(approved) => change({ approved })}
      />
      <PathTextField
        path="financeApproval.date"
        hint={t('field.dateHint')}
        widthClass="input-width-s"
        value={approval.date}
        onChange={(date) => change({ date })}
      />
      <PathTextArea
        path="financeApproval.note"
        rows={2}
        value={approval.note}
        onChange={(note) => change({ note })}
      />
    </>
  );
}
