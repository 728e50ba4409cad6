import { useT } from '../../../i18n/context.ts';
import { newKey, type PartnerDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { ItemFieldset } from '../fields/ItemFieldset.tsx';
import { PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';

const ADD_ID = 'partners-add';

/** Tabel 5: the partners in the municipality who were involved. */
export function PartnersEditor() {
  const t = useT();
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const partners = draft.partners;
  const change = (index: number, patch: Partial<PartnerDraft>) => {
    const partner = partners[index];
    if (partner) set('partners', replaceAt(partners, index, { ...partner, ...patch }));
  };
  return (
    <>
      <h3>{t('partners.caption')}</h3>
      {partners.map((partner, i) => (
        <ItemFieldset
          key={partner.key}
          legend={t('editPartners.item', { n: i + 1 })}
          removeLabel={t('editPartners.remove', { n: i + 1 })}
          onRemove={() => {
            set('partners', removeAt(partners, i));
            focusLater(ADD_ID);
          }}
        >
          <PathTextField
            path={`partners.${i}.name`}
            value={partner.name}
            onChange={(name) => change(i, { name })}
          />
          <PathTextArea
            path={`partners.${i}.description`}
            rows={2}
            value={partner.description}
            onChange={(description) => change(i, { description })}
          />
        </ItemFieldset>
      ))}
      <button
        type="button"
        id={ADD_ID}
        className="button button-secondary mt-4"
        onClick={() => {
          set('partners', [...partners, { key: newKey(), name: '', description: '' }]);
          focusLater(fieldId(`partners.${partners.length}.name`));
        }}
      >
        {t('editPartners.add')}
      </button>
    </>
  );
}
