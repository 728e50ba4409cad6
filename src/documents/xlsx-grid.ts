import type ExcelJS from 'exceljs';
import { isPlanYear } from '../domain/limits.ts';
import { column } from './tabel1-xlsx.ts';
import { cellContent, textOf, type CellContent } from './xlsx-cells.ts';

// Where Tabel 1 stands in a sheet: the cells as a sparse grid (bounded, so a sheet of a million
// rows costs no more than a thousand), the header row of years, and the unit and price level
// written above the table.

const MAX_ROWS = 1000;
const MAX_COLUMNS = 60;
const STYRINGSOMRAADE = /^styringsområde/i;
const PRICE_LEVEL = /\b(\d{4})\s*-?\s*p\s*\/\s*l\b|prisniveau\D{0,10}(\d{4})/i;
const MILLIONS = /\bmio\.?\s*kr/i;

export interface Grid {
  address(row: number, col: number): string;
  at(row: number, col: number): CellContent;
  rows: number;
}

export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const cells = new Map<string, CellContent>();
  let rows = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_ROWS) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS) return;
      const content = cellContent(cell);
      if (content.kind === 'empty') return;
      cells.set(`${r}:${c}`, content);
      rows = Math.max(rows, r);
    });
  });
  return {
    address: (r, c) => `${column(c)}${r}`,
    at: (r, c) => cells.get(`${r}:${c}`) ?? { kind: 'empty' },
    rows,
  };
}

function yearOf(content: CellContent): number | null {
  const value =
    content.kind === 'number'
      ? content.value
      : content.kind === 'text' && /^\d{4}$/.test(content.value)
        ? Number(content.value)
        : null;
  return value !== null && isPlanYear(value) ? value : null;
}

export interface Header {
  row: number;
  /** Column of each year, in order. */
  columns: number[];
  years: number[];
  areaColumn: number | null;
}

/** The first row that holds years and nothing but years from its first year on. */
export function findHeader(grid: Grid): Header | null {
  for (let r = 1; r <= grid.rows; r++) {
    const columns: number[] = [];
    const years: number[] = [];
    let numbersBesideYears = false;
    for (let c = 1; c <= MAX_COLUMNS; c++) {
      const content = grid.at(r, c);
      const year = yearOf(content);
      if (year !== null) {
        columns.push(c);
        years.push(year);
      } else if (columns.length > 0 && content.kind === 'number') {
        numbersBesideYears = true;
      }
    }
    if (columns.length === 0 || numbersBesideYears) continue;
    let areaColumn: number | null = null;
    for (let c = 1; c < columns[0]!; c++) {
      const text = textOf(grid.at(r, c));
      if (text && STYRINGSOMRAADE.test(text)) areaColumn = c;
    }
    return { row: r, columns, years, areaColumn };
  }
  return null;
}

export function findPriceLevel(grid: Grid, header: Header): number | null {
  let below: number | null = null;
  for (let r = 1; r <= grid.rows; r++) {
    for (let c = 1; c <= MAX_COLUMNS; c++) {
      const text = textOf(grid.at(r, c));
      const match = text ? PRICE_LEVEL.exec(text) : null;
      if (!match) continue;
      const year = Number(match[1] ?? match[2]);
      if (r <= header.row) return year;
      below ??= year;
    }
  }
  return below;
}

/** The cell above the table that says the amounts are in millions, if one does. */
export function unitInMillions(grid: Grid, header: Header): string | null {
  for (let r = 1; r <= header.row; r++) {
    for (let c = 1; c <= MAX_COLUMNS; c++) {
      const text = textOf(grid.at(r, c));
      if (text && MILLIONS.test(text)) return grid.address(r, c);
    }
  }
  return null;
}
