import { describe, expect, it } from 'vitest';
import type { EconomyDraft } from './draft.ts';
import { economyFromImport } from './import-economy.ts';

const current: EconomyDraft = {
  priceLevelYear: '2025',
  firstYear: '2025',
  years: [2025],
  rows: [{ key: 'k0', label: 'Gammel', section: 'lasting', area: 'service', cells: ['1'] }],
};

describe('Tabel 1 from a spreadsheet into the edit form', () => {
  it('replaces years and rows, writing amounts as Danish text and empty cells as empty', () => {
    const economy = economyFromImport(current, {
      priceLevelYear: 2026,
      years: [2026, 2027],
      rows: [
        { label: 'Gevinst', section: 'lasting', area: 'service', values: [-1500.5, null] },
        { label: 'Udstyr', section: 'implementation', area: 'anlaeg', values: [1234, 0] },
      ],
    });
    expect(economy).toMatchObject({
      priceLevelYear: '2026',
      firstYear: '2026',
      years: [2026, 2027],
    });
    expect(economy.rows.map(({ key: _key, ...row }) => row)).toEqual([
      { label: 'Gevinst', section: 'lasting', area: 'service', cells: ['-1.500,5', ''] },
      { label: 'Udstyr', section: 'implementation', area: 'anlaeg', cells: ['1.234', '0'] },
    ]);
    expect(new Set(economy.rows.map((row) => row.key)).size).toBe(2);
  });

  it('keeps the form’s price level when the sheet states none', () => {
    const economy = economyFromImport(current, { priceLevelYear: null, years: [2026], rows: [] });
    expect(economy.priceLevelYear).toBe('2025');
    expect(economy.rows).toEqual([]);
  });
});
