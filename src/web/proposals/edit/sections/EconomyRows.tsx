import { useT } from '../../../i18n/context.ts';
import { useEditForm } from '../form-context.ts';
import { EconomyRowEditor } from './EconomyRowEditor.tsx';

/** The rows of Tabel 1 as a table of inputs, one column per year. */
export function EconomyRows({
  onRemove,
  onPasted,
}: {
  onRemove: (index: number) => void;
  onPasted: (message: string) => void;
}) {
  const t = useT();
  const { draft } = useEditForm();
  const { years, rows } = draft.economy;
  if (rows.length === 0) return <p className="mt-5">{t('editEconomy.rowsNone')}</p>;
  return (
    <div className="table--responsive-scroll mt-5">
      <table className="table table--compact economy-editor">
        <caption>{t('editEconomy.rowsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editEconomy.colRow')}</th>
            {years.map((year, j) => (
              <th scope="col" key={j} className="align-text-right">
                {year}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">{t('editEconomy.colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <EconomyRowEditor
              key={row.key}
              index={index}
              onRemove={() => onRemove(index)}
              onPasted={onPasted}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
