import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../domain/economics/index.ts';
import { kronerToThousands } from '../domain/money.ts';
import { SHEET_NAME, tabel1Xlsx } from './tabel1-xlsx.ts';
import { demoContent, demoContents } from './test-support/demo.ts';

async function sheetOf(code: string | null) {
  const content = demoContent(code);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await tabel1Xlsx({ economy: content.economy, name: content.title })) as never,
  );
  return { content, sheet: workbook.getWorksheet(SHEET_NAME)!, workbook };
}

/** The sheet as a spreadsheet engine sees it: formulas as formulas, numbers as numbers. */
function asArray(sheet: ExcelJS.Worksheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: RawCellContent[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const value = cell.value;
      cells[c - 1] =
        value && typeof value === 'object' && 'formula' in value
          ? `=${value.formula}`
          : (value as RawCellContent);
    });
    rows[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

function findRow(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (!found && row.getCell(1).value === label) found = r;
  });
  if (!found) throw new Error(`no row "${label}"`);
  return found;
}

describe('Tabel 1 as Excel', () => {
  it('writes subtotals, impact, running sums and paybacks as formulas cached with the engine’s figures', async () => {
    const { sheet, content } = await sheetOf('UD/SI01');
    const evaluation = evaluateTable(content.economy);
    const service = sheet.getRow(findRow(sheet, 'Samlet varig ændring, service'));
    const d = service.getCell(4).value as ExcelJS.CellFormulaValue;
    expect(d.formula).toMatch(/^SUMIF\(\$B\$\d+:\$B\$\d+,\$B\d+,D\d+:D\d+\)$/);
    expect(d.result).toBe(kronerToThousands(evaluation.totals.lasting.byArea.service[1]!));
    const impact = sheet.getRow(findRow(sheet, 'Samlet økonomisk påvirkning'));
    expect((impact.getCell(3).value as ExcelJS.CellFormulaValue).result).toBe(1400);
    const payback = sheet.getRow(
      findRow(sheet, 'Tilbagebetalingstid, baseret på den samlede økonomi'),
    );
    expect(payback.getCell(2).value).toMatchObject({
      result: 4,
      formula: expect.stringMatching(/^IF\(/),
    });
  });

  it('keeps rows as plain numbers in 1.000 kr. with a Danish-friendly number format', async () => {
    const { sheet } = await sheetOf('UD/SI01');
    const row = sheet.getRow(findRow(sheet, 'Besparelse på § 107 botilbudspladser'));
    expect(row.getCell(2).value).toBe('Service');
    expect(row.getCell(4).value).toBe(-5000);
    expect(row.getCell(4).numFmt).toBe('#,##0');
    expect(row.getCell(3).value).toBeNull();
    expect(sheet.getCell('A3').value).toBe('1.000 kr., 2026 p/l');
  });

  it.each(demoContents.map((p) => [p.code ?? p.title, p]))(
    'recomputes to the engine’s figures in a spreadsheet engine (%s)',
    async (_, content) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await tabel1Xlsx({ economy: content.economy, name: '' })) as never);
      const sheet = workbook.getWorksheet(SHEET_NAME)!;
      const hf = HyperFormula.buildFromArray(asArray(sheet), { licenseKey: 'gpl-v3' });
      const evaluation = evaluateTable(content.economy);
      const at = (label: string, col: number) =>
        hf.getCellValue({ sheet: 0, row: findRow(sheet, label) - 1, col });
      evaluation.cumulative.forEach((value, i) => {
        expect(at('Akkumuleret økonomisk påvirkning', 2 + i)).toBeCloseTo(
          kronerToThousands(value),
          6,
        );
      });
      const never = 'Tilbagebetales ikke inden for tabellens år';
      expect(at('Tilbagebetalingstid, baseret på den samlede økonomi', 1)).toBe(
        evaluation.payback.total ?? never,
      );
      expect(at('Tilbagebetalingstid, baseret på serviceeffektiviseringen', 1)).toBe(
        evaluation.payback.service ?? never,
      );
    },
  );

  it('pays back later when a finance officer lowers a saving in the sheet', async () => {
    const { sheet } = await sheetOf('UD/SI01');
    const hf = HyperFormula.buildFromArray(asArray(sheet), { licenseKey: 'gpl-v3' });
    const saving = findRow(sheet, 'Besparelse på § 107 botilbudspladser') - 1;
    const payback = {
      sheet: 0,
      row: findRow(sheet, 'Tilbagebetalingstid, baseret på den samlede økonomi') - 1,
      col: 1,
    };
    expect(hf.getCellValue(payback)).toBe(4);
    // 2028's saving from -27.800 to -10.000: the cumulative sum stays above 0 a year longer.
    hf.setCellContents({ sheet: 0, row: saving, col: 5 }, -10000);
    expect(hf.getCellValue(payback)).toBe(5);
    const subtotal = { sheet: 0, row: findRow(sheet, 'Samlet varig ændring, service') - 1, col: 5 };
    expect(hf.getCellValue(subtotal)).toBe(-15550 + 17800);
  });
});
