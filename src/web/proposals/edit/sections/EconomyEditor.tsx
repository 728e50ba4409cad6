import { useState } from 'react';
import { EconomyAnalysis } from '../../../economics/EconomyAnalysis.tsx';
import { useT } from '../../../i18n/context.ts';
import { toEconomicTable } from '../../view/economy.ts';
import { RuleNotes } from '../fields/RuleNotes.tsx';
import { EconomyTable } from '../../view/EconomyTable.tsx';
import { economyOf, type EconomyDraft } from '../draft.ts';
import { addRow, addYear, removeLastYear, removeRow, setFirstYear } from '../economy-draft.ts';
import { fieldId } from '../field-paths.ts';
import { PathTextArea, PathTextField } from '../fields/PathFields.tsx';
import { useEditForm } from '../form-context.ts';
import { useFocusLater } from '../useFocusLater.ts';
import { yearError } from '../validate.ts';
import { EconomyRows } from './EconomyRows.tsx';
import { Tabel1Import } from './Tabel1Import.tsx';

const ADD_ROW_ID = 'economy-add-row';

/** Findings on Tabel 1 as a whole and on its computed lines, shown beneath the computed table. */
const TABLE_LINES = /^economy\.(payback|totals|rows$|years)/;

/** Section 2: the narrative and Tabel 1, with the computed totals beneath as the user types. */
export function EconomyEditor() {
  const t = useT();
  const { draft, set, check } = useEditForm();
  const focusLater = useFocusLater();
  const [pasted, setPasted] = useState('');
  const economy = draft.economy;
  const wire = economyOf(draft);
  const change = (next: EconomyDraft) => set('economy', next);
  const priceLevel = economy.priceLevelYear.trim();
  const fallbackYear =
    priceLevel && !yearError(priceLevel) ? Number(priceLevel) : new Date().getFullYear();
  const first = economy.years[0];
  const last = economy.years.at(-1);

  return (
    <>
      <PathTextArea
        path="economyNarrative"
        rows={6}
        value={draft.economyNarrative}
        onChange={(v) => set('economyNarrative', v)}
      />
      <h3>{t('editEconomy.heading')}</h3>
      <Tabel1Import economy={economy} onLoad={change} />
      <PathTextField
        path="economy.priceLevelYear"
        hint={t('editEconomy.priceLevelHint')}
        inputMode="numeric"
        widthClass="input-width-xs"
        value={economy.priceLevelYear}
        onChange={(v) => change({ ...economy, priceLevelYear: v })}
      />
      <PathTextField
        path="economy.years"
        hint={t('editEconomy.firstYearHint')}
        inputMode="numeric"
        widthClass="input-width-xs"
        value={economy.firstYear}
        onChange={(v) => change(setFirstYear(economy, v))}
      />
      <p className="mt-4" aria-live="polite">
        {first === undefined || last === undefined
          ? t('editEconomy.yearsNone')
          : t('editEconomy.yearsSpan', { first, last })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => change(addYear(economy, fallbackYear))}
        >
          {t('editEconomy.addYear')}
        </button>
        {last !== undefined && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => change(removeLastYear(economy))}
          >
            {t('editEconomy.removeYear', { year: last })}
          </button>
        )}
      </div>
      <p className="form-hint mt-5">{t('editEconomy.pasteHint')}</p>
      <EconomyRows
        onRemove={(index) => {
          change(removeRow(economy, index));
          focusLater(ADD_ROW_ID);
        }}
        onPasted={setPasted}
      />
      <p className="sr-only" aria-live="polite">
        {pasted}
      </p>
      <button
        type="button"
        id={ADD_ROW_ID}
        className="button button-secondary mt-4"
        onClick={() => {
          change(addRow(economy));
          focusLater(fieldId(`economy.rows.${economy.rows.length}.label`));
        }}
      >
        {t('editEconomy.addRow')}
      </button>
      <h3>{t('editEconomy.preview')}</h3>
      <EconomyTable economy={wire} stated={draft.stated} />
      <div className="table-check">
        <RuleNotes
          id="economy-check"
          notes={check.notes.filter((n) => TABLE_LINES.test(n.field))}
        />
      </div>
      <EconomyAnalysis table={toEconomicTable(wire)} />
    </>
  );
}
