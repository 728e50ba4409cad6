import { AREAS, ROW_SECTIONS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { formatAmount } from '../../../../shared/format.ts';
import { readAmount } from '../draft.ts';
import { pasteIntoRow, setCell, updateRow } from '../economy-draft.ts';
import { splitPastedRow } from '../paste.ts';
import { amountError } from '../validate.ts';
import { rowName } from '../field-paths.ts';
import { CellInput } from '../fields/CellInput.tsx';
import { CellSelect } from '../fields/CellSelect.tsx';
import { useEditForm } from '../form-context.ts';

/** Amounts are written back in Danish format as the user leaves a cell (1234 -> 1.234). */
function danishFormat(text: string): string {
  const value = amountError(text) ? null : readAmount(text);
  return value === null ? text : formatAmount(value);
}

/**
 * One row of Tabel 1: its text, section, styringsområde and one amount per year. A row of
 * amounts pasted into a cell fills the row from that cell on.
 */
export function EconomyRowEditor({
  index,
  onRemove,
  onPasted,
}: {
  index: number;
  onRemove: () => void;
  /** Told what a multi-cell paste did, to announce it. */
  onPasted: (message: string) => void;
}) {
  const t = useT();
  const { draft, set } = useEditForm();
  const economy = draft.economy;
  const row = economy.rows[index];
  if (!row) return null;
  const name = rowName(draft, index, t);
  const path = `economy.rows.${index}`;
  return (
    <tr>
      <td>
        <CellInput
          path={`${path}.label`}
          label={t('editEconomy.labelOf', { n: index + 1 })}
          value={row.label}
          onChange={(label) => set('economy', updateRow(economy, index, { label }))}
        />
      </td>
      <td>
        <CellSelect
          path={`${path}.section`}
          label={t('editEconomy.sectionOf', { row: name })}
          value={row.section}
          options={ROW_SECTIONS.map((s) => ({ value: s, label: t(`sectionShort.${s}`) }))}
          onChange={(v) =>
            set(
              'economy',
              updateRow(economy, index, {
                section: ROW_SECTIONS.find((s) => s === v) ?? row.section,
              }),
            )
          }
        />
      </td>
      <td>
        <CellSelect
          path={`${path}.area`}
          label={t('editEconomy.areaOf', { row: name })}
          value={row.area}
          options={AREAS.map((a) => ({ value: a, label: t(`area.${a}`) }))}
          onChange={(v) =>
            set(
              'economy',
              updateRow(economy, index, { area: AREAS.find((a) => a === v) ?? row.area }),
            )
          }
        />
      </td>
      {economy.years.map((year, j) => (
        <td key={j}>
          <CellInput
            path={`${path}.values.${j}`}
            label={t('editEconomy.cellOf', { row: name, year })}
            value={row.cells[j] ?? ''}
            numeric
            onChange={(text) => set('economy', setCell(economy, index, j, text))}
            onLeave={() => {
              const text = row.cells[j] ?? '';
              const formatted = danishFormat(text);
              if (formatted !== text) set('economy', setCell(economy, index, j, formatted));
            }}
            onPaste={(event) => {
              const cells = splitPastedRow(event.clipboardData.getData('text/plain'));
              if (!cells) return;
              event.preventDefault();
              const pasted = pasteIntoRow(economy, index, j, cells.map(danishFormat));
              set('economy', pasted.economy);
              const placed = cells.length - pasted.dropped;
              onPasted(
                pasted.dropped > 0
                  ? t('editEconomy.pastedDropped', {
                      row: name,
                      n: placed,
                      dropped: pasted.dropped,
                    })
                  : t('editEconomy.pasted', { row: name, n: placed }),
              );
            }}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          className="button button-tertiary"
          aria-label={t('editEconomy.removeRow', { row: name })}
          onClick={onRemove}
        >
          {t('common.remove')}
        </button>
      </td>
    </tr>
  );
}
