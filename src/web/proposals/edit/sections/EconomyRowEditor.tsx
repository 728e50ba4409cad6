import type { ClipboardEvent } from 'react';
import { AREAS, ROW_SECTIONS } from '../../../../domain/proposal.ts';
import { useT } from '../../../i18n/context.ts';
import { danishAmount, pasteRows, setCell, updateRow } from '../economy-draft.ts';
import { readPastedRows } from '../paste.ts';
import { rowName } from '../field-paths.ts';
import { CellInput } from '../fields/CellInput.tsx';
import { CellSelect } from '../fields/CellSelect.tsx';
import { useEditForm } from '../form-context.ts';

/**
 * One row of Tabel 1: its text, section, styringsområde and one amount per year. Rows pasted
 * from Excel fill this row and those below it (paste.ts, pasteRows).
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

  /** A paste of more than one value into the row's text (column 0) or a year's cell. */
  const pasteAt = (column: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = readPastedRows(event.clipboardData.getData('text/plain'));
    if (!pasted) return;
    event.preventDefault();
    const outcome = pasteRows(economy, index, column, pasted);
    set('economy', outcome.economy);
    // Named as it is now: the paste may have given the row its text.
    const named = rowName({ ...draft, economy: outcome.economy }, index, t);
    const done =
      outcome.rows > 1
        ? t('editEconomy.pastedRows', { rows: outcome.rows, row: named, n: outcome.placed })
        : t('editEconomy.pasted', { row: named, n: outcome.placed });
    onPasted(
      outcome.dropped > 0
        ? `${done} ${t('editEconomy.pastedDropped', { dropped: outcome.dropped })}`
        : done,
    );
  };

  return (
    <tr>
      {/* The text above its two choices, so that neither is cut off beside six amounts. */}
      <td className="row-text">
        <CellInput
          path={`${path}.label`}
          label={t('editEconomy.labelOf', { n: index + 1 })}
          value={row.label}
          onChange={(label) => set('economy', updateRow(economy, index, { label }))}
          onPaste={pasteAt(0)}
        />
        <div className="row-choices">
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
        </div>
      </td>
      {economy.years.map((year, j) => (
        <td key={j} data-year={year}>
          <CellInput
            path={`${path}.values.${j}`}
            label={t('editEconomy.cellOf', { row: name, year })}
            value={row.cells[j] ?? ''}
            numeric
            onChange={(text) => set('economy', setCell(economy, index, j, text))}
            onLeave={() => {
              const text = row.cells[j] ?? '';
              const formatted = danishAmount(text);
              if (formatted !== text) set('economy', setCell(economy, index, j, formatted));
            }}
            onPaste={pasteAt(j)}
          />
        </td>
      ))}
      <td className="row-actions">
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
