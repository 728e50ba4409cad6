import type { ReactNode } from 'react';
import { useT } from '../../../i18n/context.ts';
import { newKey, type ListField, type ProposalDraft } from '../draft.ts';
import { fieldId } from '../field-paths.ts';
import { useEditForm } from '../form-context.ts';
import { removeAt, replaceAt } from '../lists.ts';
import { useFocusLater } from '../useFocusLater.ts';
import { ItemFieldset } from './ItemFieldset.tsx';

type ItemOf<K extends ListField> = ProposalDraft[K][number];
type Labels = 'editFollowUp' | 'editRisk' | 'editPartners' | 'editHearings';

/**
 * One of the proposal's lists (goals, risks, partners, hearings): each item in its numbered
 * fieldset with its own remove button, and a button that adds an item. Focus follows the
 * change, to the new item's first field or, after a removal, to the add button, so a keyboard
 * user is never left on nothing.
 */
export function ItemList<K extends ListField>({
  list,
  labels,
  blank,
  firstField,
  editable = () => true,
  children,
}: {
  list: K;
  /** The messages' prefix: `.item`, `.remove` and `.add` under it name the item and buttons. */
  labels: Labels;
  /** A new item, without its key; the list so far may decide it. */
  blank: (items: readonly ItemOf<K>[]) => Omit<ItemOf<K>, 'key'>;
  firstField: string;
  /** An item shown elsewhere and not as inputs is left out here. */
  editable?: (item: ItemOf<K>) => boolean;
  children: (
    item: ItemOf<K>,
    change: (patch: Partial<ItemOf<K>>) => void,
    path: string,
  ) => ReactNode;
}) {
  const t = useT();
  const { draft, set } = useEditForm();
  const focusLater = useFocusLater();
  const items: readonly ItemOf<K>[] = draft[list];
  const update = (next: ItemOf<K>[]) => set(list, next as ProposalDraft[K]);
  const addId = `${list}-add`;
  return (
    <>
      {items.map((item, i) =>
        editable(item) ? (
          <ItemFieldset
            key={item.key}
            legend={t(`${labels}.item`, { n: i + 1 })}
            removeLabel={t(`${labels}.remove`, { n: i + 1 })}
            onRemove={() => {
              update(removeAt(items, i));
              focusLater(addId);
            }}
          >
            {children(
              item,
              (patch) => update(replaceAt(items, i, { ...item, ...patch })),
              `${list}.${i}`,
            )}
          </ItemFieldset>
        ) : null,
      )}
      <button
        type="button"
        id={addId}
        className="button button-secondary mt-4"
        onClick={() => {
          update([...items, { ...blank(items), key: newKey() } as ItemOf<K>]);
          focusLater(fieldId(`${list}.${items.length}.${firstField}`));
        }}
      >
        {t(`${labels}.add`)}
      </button>
    </>
  );
}
