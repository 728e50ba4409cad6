import { useT } from '../../../i18n/context.ts';
import { ItemList } from '../fields/ItemList.tsx';
import { PathTextArea, PathTextField } from '../fields/PathFields.tsx';

/** Tabel 5: the partners in the municipality who were involved. */
export function PartnersEditor() {
  const t = useT();
  return (
    <>
      <h3>{t('partners.caption')}</h3>
      <ItemList
        list="partners"
        labels="editPartners"
        firstField="name"
        blank={() => ({ name: '', description: '' })}
      >
        {(partner, change, p) => (
          <>
            <PathTextField
              path={`${p}.name`}
              value={partner.name}
              onChange={(name) => change({ name })}
            />
            <PathTextArea
              path={`${p}.description`}
              rows={2}
              value={partner.description}
              onChange={(description) => change({ description })}
            />
          </>
        )}
      </ItemList>
    </>
  );
}
