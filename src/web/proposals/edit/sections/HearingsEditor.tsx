import { useHearingBodies } from '../../../api/queries.ts';
import { useT } from '../../../i18n/context.ts';
import { newKey, type HearingDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { ItemFieldset } from '../fields/ItemFieldset.tsx';
import { PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { YesNoField } from '../fields/YesNoField.tsx';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';

const ADD_ID = 'hearings-add';
const BODIES_LIST = 'hearing-bodies';

/** Tabel 6: the bodies heard. A body is picked from the known ones or typed freely. */
export function HearingsEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const bodies = useHearingBodies().data ?? [];
  const hearings = draft.hearings;
  const change = (index: number, patch: Partial<HearingDraft>) => {
    const hearing = hearings[index];
    if (hearing) set('hearings', replaceAt(hearings, index, { ...hearing, ...patch }));
  };
  return (
    <>
      <h3>{t('hearings.caption')}</h3>
      <datalist id={BODIES_LIST}>
        {bodies.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {hearings.map((hearing, i) => {
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
            <YesNoField
              id={fieldId(`${p}.heard`)}
              label={t('editHearings.heard')}
              value={hearing.heard}
              onChange={(heard) => change(i, { heard })}
            />
            <PathTextField
              path={`${p}.date`}
              hint={t('field.dateHint')}
              widthClass="input-width-s"
              value={hearing.date}
              onChange={(date) => change(i, { date })}
            />
            <PathTextArea
              path={`${p}.answer`}
              rows={2}
              value={hearing.answer}
              onChange={(answer) => change(i, { answer })}
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
