import { useHearingBodies } from '../../../api/queries.ts';
import { useT } from '../../../i18n/context.ts';
import { HearingsTable } from '../../view/HearingsTable.tsx';
import { newKey, readDate, type HearingDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { ItemFieldset } from '../fields/ItemFieldset.tsx';
import { PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';

const ADD_ID = 'hearings-add';
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
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const bodies = useHearingBodies().data ?? [];
  const hearings = draft.hearings;
  const recorded = hearings.filter(answered);
  const change = (index: number, patch: Partial<HearingDraft>) => {
    const hearing = hearings[index];
    if (hearing) set('hearings', replaceAt(hearings, index, { ...hearing, ...patch }));
  };
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
      {hearings.map((hearing, i) => {
        if (answered(hearing)) return null;
        const p = `hearings.${i}`;
        return (
          <ItemFieldset
            key={hearing.key}
            legend={t('editHearings.item', { n: i + 1 })}
            removeLabel={t('editHearings.remove', { n: i + 1 })}
            onRemove={() => {
              set('hearings', removeAt(hearings, i));
              focusLater(ADD_ID);
            }}
          >
            <PathTextField
              path={`${p}.body`}
              hint={t('editHearings.bodyHint')}
              list={BODIES_LIST}
              widthClass="input-width-l"
              value={hearing.body}
              onChange={(body) => change(i, { body })}
            />
          </ItemFieldset>
        );
      })}
      <button
        type="button"
        id={ADD_ID}
        className="button button-secondary mt-4"
        onClick={() => {
          set('hearings', [
            ...hearings,
            { key: newKey(), body: '', heard: null, date: '', answer: '' },
          ]);
          focusLater(fieldId(`hearings.${hearings.length}.body`));
        }}
      >
        {t('editHearings.add')}
      </button>
    </>
  );
}
