import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kroner } from '../domain/money.ts';
import { allocate } from '../domain/rounds/allocation.ts';
import { allocationXlsx } from './allocation-xlsx.ts';

describe('the allocation workbook', () => {
  it('shows each pool’s budget, what was granted and what is left, in 1.000 kr. to the krone', async () => {
    const allocation = allocate(
      {
        pools: [
          {
            key: 'innovation',
            name: 'Innovationspuljen',
            parentKey: null,
            kinds: ['innovationsforslag'],
            budgets: [
              { year: 2026, amount: kroner(15_000_000), serviceLimit: null, anlaegLimit: null },
            ],
          },
        ],
      },
      [
        {
          proposalId: 'p',
          code: 'BC01',
          title: 'LØFT',
          administration: 'SOF',
          poolKey: 'innovation',
          granted: [{ year: 2026, amount: kroner(1_016_501) }],
          table: { priceLevelYear: 2026, years: [2026], rows: [] },
        },
      ],
    );
    const body = await allocationXlsx({
      roundName: 'OFS 2025-2026',
      priceLevelYear: 2026,
      rulesVersion: 2,
      allocation,
      administrationNames: { SOF: 'Socialforvaltningen' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const pools = book.getWorksheet('Puljer')!;
    expect(pools.getCell('A1').value).toBe(
      'OFS 2025-2026: bevilget og tilbage pr. pulje (1.000 kr., 2026 p/l, regler v2)',
    );
    const row = (sheet: ExcelJS.Worksheet, n: number) =>
      (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(pools, 4)).toEqual(['Innovationspuljen', 'Budget', 15000, 15000]);
    expect(row(pools, 6)).toEqual(['', 'Tilbage', 13983.499, 13983.499]);
    const byAdministration = book.getWorksheet('Forvaltninger')!;
    expect(row(byAdministration, 4)).toEqual([
      'Socialforvaltningen',
      'Innovationspuljen',
      1016.501,
      1016.501,
    ]);
  });
});
