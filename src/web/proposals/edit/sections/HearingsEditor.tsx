import { useHearingBodies } from '../../../api/queries.ts';
import { useT } from '../../../i18n/context.ts';
import { HearingsTable } from '../../view/HearingsTable.tsx';
import { readDate, type HearingDraft } from '../draft.ts';
import { ItemList } from '../fields/ItemList.tsx';
import { PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';

const BODIES_LIST = 'hearing-bodies';

/** A row the hearing body has answered: recorded by its own step, never edited here. */
const answered = (h: HearingDraft) => h.heard !== null || h.date !== '' || h.answer !== '';

/**
 * Tabel 6: the bodies to be heard. The author plans which bodies (picked from the known ones or
 * typed freely); each body records its own answer while the proposal is in hearing, so
 * answered rows are shown as they were recorded, not as inputs.
 */
export function HearingsEditor() {
  const t = useT();
  const { draft } = useEditForm();
  const bodies = useHearingBodies().data ?? [];
  const hearings = draft.hearings;
  const recorded = hearings.filter(answered);
  return (
    <>
      <h3>{t('hearings.caption')}</h3>
      {recorded.length > 0 && (
        <>
          <HearingsTable
            hearings={recorded.map(({ body, heard, date, answer }) => ({
              body,
              heard,
              date: readDate(date),
              answer,
            }))}
          />
          <p className="form-hint">{t('editHearings.answered')}</p>
        </>
      )}
      <p className="form-hint">{t('editHearings.planned')}</p>
      <datalist id={BODIES_LIST}>
        {bodies.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ItemList
        list="hearings"
        labels="editHearings"
        firstField="body"
        editable={(hearing) => !answered(hearing)}
        blank={() => ({ body: '', heard: null, date: '', answer: '' })}
      >
        {(hearing, change, p) => (
          <PathTextField
            path={`${p}.body`}
            hint={t('editHearings.bodyHint')}
            list={BODIES_LIST}
            widthClass="input-width-l"
            value={hearing.body}
            onChange={(body) => change({ body })}
          />
        )}
      </ItemList>
    </>
  );
}
