import { evaluateOrNull } from '../domain/economics/index.ts';
import ExcelJS from 'exceljs';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import { AREAS, type EconomicTable, type RowSection } from '../domain/proposal.ts';
import { areaLabel, tabel1Lines, tabel1Unit, type Tabel1Line } from './tabel1-layout.ts';
import { word } from './words.ts';

// Tabel 1 as a spreadsheet a finance officer can work in: the rows are plain numbers in 1.000
// kr.; every subtotal, the total impact, the running sums and both paybacks are formulas, so
// the sheet recomputes when a cell is edited. Each formula carries the engine's figure as its
// cached result, so a reader that does not recompute still sees the right number.

export const SHEET_NAME = 'Tabel 1';
const FIRST_YEAR_COLUMN = 3;
const HEADER_ROW = 5;

/** Danish Excel shows these with '.' grouping and ',' decimals; English Excel with its own. */
const numberFormat = (value: number) => (Number.isInteger(value) ? '#,##0' : '#,##0.0##');

/** The letters of a 1-based column number: 1 → A, 27 → AA. */
export const column = (index: number) => {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

export interface Tabel1SheetInput {
  economy: EconomicTable;
  /** Code and title, printed above the table. */
  name: string;
}

interface Placed {
  line: Tabel1Line;
  row: number;
}

/** For each section, the sheet rows its data rows occupy. */
function dataRanges(placed: Placed[]): Map<RowSection, { first: number; last: number }> {
  const ranges = new Map<RowSection, { first: number; last: number }>();
  for (const { line, row } of placed) {
    if (line.kind !== 'row') continue;
    const range = ranges.get(line.section);
    ranges.set(line.section, { first: range?.first ?? row, last: row });
  }
  return ranges;
}

function formulas(placed: Placed[]): Map<number, (col: string, i: number) => string> {
  const ranges = dataRanges(placed);
  const rowOf = (test: (line: Tabel1Line) => boolean) => placed.find((p) => test(p.line))?.row;
  const sectionTotal = (section: RowSection) =>
    rowOf((l) => l.kind === 'sectionTotal' && l.section === section);
  const serviceTotal = (section: RowSection) =>
    rowOf((l) => l.kind === 'areaTotal' && l.section === section && l.area === 'service');
  const impact = rowOf((l) => l.kind === 'impact');
  const byRow = new Map<number, (col: string, i: number) => string>();
  const previous = (i: number) => column(FIRST_YEAR_COLUMN + i - 1);

  for (const { line, row } of placed) {
    if (line.kind === 'areaTotal' || line.kind === 'sectionTotal') {
      const range = ranges.get(line.section);
      if (!range) continue;
      byRow.set(row, (col) =>
        line.kind === 'areaTotal'
          ? `SUMIF($B$${range.first}:$B$${range.last},$B${row},${col}${range.first}:${col}${range.last})`
          : `SUM(${col}${range.first}:${col}${range.last})`,
      );
    } else if (line.kind === 'impact') {
      const parts = (['lasting', 'implementation', 'loan'] as const).flatMap((s) => {
        const r = sectionTotal(s);
        return r ? [r] : [];
      });
      byRow.set(row, (col) => parts.map((r) => `${col}${r}`).join('+'));
    } else if (line.kind === 'cumulative') {
      byRow.set(row, (col, i) =>
        i === 0 ? `${col}${impact}` : `${previous(i)}${row}+${col}${impact}`,
      );
    } else if (line.kind === 'serviceCumulative') {
      const parts = [serviceTotal('lasting'), sectionTotal('implementation'), serviceTotal('loan')];
      const yearly = (col: string) => parts.flatMap((r) => (r ? [`${col}${r}`] : [])).join('+');
      byRow.set(row, (col, i) => (i === 0 ? yearly(col) : `${previous(i)}${row}+${yearly(col)}`));
    }
  }
  return byRow;
}

/** The first year whose running sum is <= 0, as nested IFs every spreadsheet program reads. */
function paybackFormula(row: number, width: number): string {
  let formula = `"${word('economy.paybackNever')}"`;
  for (let i = width - 1; i >= 0; i--) {
    formula = `IF(${column(FIRST_YEAR_COLUMN + i)}${row}<=0,${i + 1},${formula})`;
  }
  return formula;
}

export async function tabel1Xlsx({ economy, name }: Tabel1SheetInput): Promise<Buffer> {
  const evaluation = evaluateOrNull(economy);
  if (!evaluation) throw new RangeError('Tabel 1 holds amounts too large to sum exactly');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = word('app.name');
  workbook.calcProperties.fullCalcOnLoad = true;
  const width = economy.years.length;
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
  });
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 30;
  for (let i = 0; i < width; i++) sheet.getColumn(FIRST_YEAR_COLUMN + i).width = 11;

  sheet.getCell('A1').value = word('economy.caption');
  sheet.getCell('A1').font = { bold: true, size: 12 };
  sheet.getCell('A2').value = name;
  sheet.getCell('A3').value = tabel1Unit(economy.priceLevelYear);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [word('economy.rowHeader'), word('economy.area'), ...economy.years];
  header.font = { bold: true };

  const lines = tabel1Lines(economy, evaluation);
  const placed = lines.map((line, i) => ({ line, row: HEADER_ROW + 1 + i }));
  const formulaOf = formulas(placed);
  const areaList = `"${AREAS.map(areaLabel).join(',')}"`;

  for (const { line, row } of placed) {
    const sheetRow = sheet.getRow(row);
    sheetRow.getCell(1).value = line.label;
    if (line.kind === 'heading') {
      sheetRow.font = { bold: true };
      continue;
    }
    if (line.kind === 'row' || line.kind === 'areaTotal') {
      sheetRow.getCell(2).value = areaLabel(line.area);
    }
    if (line.kind === 'row') {
      sheetRow.getCell(2).dataValidation = {
        type: 'list',
        allowBlank: false,
        formulae: [areaList],
      };
    } else {
      sheetRow.font = { bold: true };
    }
    const formula = formulaOf.get(row);
    line.values.forEach((value: Kroner | null, i) => {
      const cell = sheetRow.getCell(FIRST_YEAR_COLUMN + i);
      if (value === null) return;
      const thousands = kronerToThousands(value);
      const col = column(FIRST_YEAR_COLUMN + i);
      cell.value = formula ? { formula: formula(col, i), result: thousands } : thousands;
      cell.numFmt = numberFormat(thousands);
    });
  }

  const cumulativeRow = placed.find((p) => p.line.kind === 'cumulative')!.row;
  const serviceRow = placed.find((p) => p.line.kind === 'serviceCumulative')!.row;
  const paybackRow = HEADER_ROW + lines.length + 2;
  sheet.getCell(`A${paybackRow}`).value = word('economy.payback');
  sheet.getCell(`A${paybackRow}`).font = { bold: true };
  const paybacks = [
    [word('economy.paybackService'), serviceRow, evaluation.payback.service],
    [word('economy.paybackTotal'), cumulativeRow, evaluation.payback.total],
  ] as const;
  paybacks.forEach(([label, sourceRow, years], i) => {
    const row = sheet.getRow(paybackRow + 1 + i);
    row.getCell(1).value = `${word('economy.payback')}, ${label.toLowerCase()}`;
    row.getCell(2).value = {
      formula: paybackFormula(sourceRow, width),
      result: years ?? word('economy.paybackNever'),
    };
    row.getCell(2).numFmt = '0 "år"';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
