import { describe, expect, it } from 'vitest';
import type { EconomyDraft } from './draft.ts';
import {
  addRow,
  addYear,
  pasteRows,
  removeLastYear,
  removeRow,
  setCell,
  setFirstYear,
} from './economy-draft.ts';

const empty: EconomyDraft = { priceLevelYear: '2026', firstYear: '', years: [], rows: [] };

const twoYears: EconomyDraft = {
  priceLevelYear: '2026',
  firstYear: '2025',
  years: [2025, 2026],
  rows: [
    {
      key: 'a',
      label: 'Projektledelse',
      section: 'implementation',
      area: 'service',
      cells: ['400', '800'],
    },
  ],
};

describe('year columns', () => {
  it('starts an empty table at the typed first year, else at the fallback', () => {
    expect(addYear({ ...empty, firstYear: '2025' }, 2026).years).toEqual([2025]);
    const started = addYear(empty, 2026);
    expect(started.years).toEqual([2026]);
    expect(started.firstYear).toBe('2026');
  });

  it('adds the next year at the end with an empty cell in every row', () => {
    const added = addYear(twoYears, 2000);
    expect(added.years).toEqual([2025, 2026, 2027]);
    expect(added.rows[0]?.cells).toEqual(['400', '800', '']);
  });

  it('removes the last year and its cells', () => {
    const removed = removeLastYear(twoYears);
    expect(removed.years).toEqual([2025]);
    expect(removed.rows[0]?.cells).toEqual(['400']);
  });

  it('clears the first year when the last column goes', () => {
    expect(removeLastYear(removeLastYear(twoYears)).firstYear).toBe('');
  });

  it('renumbers all columns from a new first year, keeping them contiguous', () => {
    expect(setFirstYear(twoYears, '2027').years).toEqual([2027, 2028]);
  });

  it('keeps the columns while the first year is half typed', () => {
    const typing = setFirstYear(twoYears, '20');
    expect(typing.years).toEqual([2025, 2026]);
    expect(typing.firstYear).toBe('20');
  });
});

describe('rows', () => {
  it('adds a row in the section of the last row, with one empty cell per year', () => {
    const added = addRow(twoYears);
    expect(added.rows[1]).toMatchObject({
      section: 'implementation',
      area: 'service',
      cells: ['', ''],
    });
  });

  it('adds the first row as a lasting change', () => {
    expect(addRow(empty).rows[0]?.section).toBe('lasting');
  });

  it('removes the row asked for', () => {
    expect(removeRow(addRow(twoYears), 0).rows).toHaveLength(1);
    expect(removeRow(addRow(twoYears), 0).rows[0]?.label).toBe('');
  });

  it('sets one cell as typed, even when it is not a number yet', () => {
    expect(setCell(twoYears, 0, 1, '1.2').rows[0]?.cells).toEqual(['400', '1.2']);
  });
});

describe('pasteRows', () => {
  const threeYears: EconomyDraft = {
    ...twoYears,
    years: [2025, 2026, 2027],
    rows: [{ ...twoYears.rows[0]!, cells: ['400', '800', '50'] }],
  };
  const amounts = (...cells: string[]) => ({ label: null, area: null, amounts: cells });

  it('fills the row from the pasted cell onwards and leaves the cells before it', () => {
    const { economy, dropped } = pasteRows(threeYears, 0, 1, [amounts('-1200', '')]);
    expect(economy.rows[0]?.cells).toEqual(['400', '-1.200', '']);
    expect(dropped).toBe(0);
  });

  it('counts the cells that fall beyond the last year instead of placing them', () => {
    const { economy, placed, dropped } = pasteRows(threeYears, 0, 2, [amounts('1', '2', '3')]);
    expect(economy.rows[0]?.cells).toEqual(['400', '800', '1']);
    expect([placed, dropped]).toEqual([1, 2]);
  });

  it('puts a whole row’s text and styringsområde in their places and its amounts from the first year, wherever it is pasted', () => {
    const row = { label: 'Tidsbesparelse', area: 'anlaeg' as const, amounts: ['-750', '', 'x'] };
    const { economy } = pasteRows(threeYears, 0, 2, [row]);
    expect(economy.rows[0]).toMatchObject({
      label: 'Tidsbesparelse',
      area: 'anlaeg',
      cells: ['-750', '', 'x'],
    });
  });

  it('skips the empty styringsområde cell of a row with one cell more than the table has years', () => {
    const row = { label: 'Licenser', area: null, amounts: ['', '150', '150', '150'] };
    expect(pasteRows(threeYears, 0, 0, [row]).economy.rows[0]?.cells).toEqual([
      '150',
      '150',
      '150',
    ]);
  });

  it('fills the rows below and adds the rows the paste needs', () => {
    const { economy, rows } = pasteRows(threeYears, 0, 0, [
      { label: 'A', area: null, amounts: ['1'] },
      { label: 'B', area: 'service', amounts: ['2', '3'] },
    ]);
    expect(rows).toBe(2);
    expect(economy.rows.map((r) => [r.label, r.section, r.cells])).toEqual([
      ['A', 'implementation', ['1', '800', '50']],
      ['B', 'implementation', ['2', '3', '']],
    ]);
  });
});
