import ExcelJS from 'exceljs';
import { areaOfName, evaluateOrNull, seriesForLabel } from '../domain/economics/index.ts';
import { MAX_AMOUNT_THOUSANDS } from '../domain/limits.ts';
import { kronerToThousands, thousandsToKroner, type Kroner } from '../domain/money.ts';
import { AREAS, type Area, type EconomicTable, type RowSection } from '../domain/proposal.ts';
import { formatDanishNumber, parseDanishNumber } from '../shared/danish-number.ts';
import { areaLabel } from './tabel1-layout.ts';
import { SHEET_NAME } from './tabel1-xlsx.ts';
import { textOf, type CellContent } from './xlsx-cells.ts';
import { checkXlsxArchive } from './xlsx-limits.ts';
import {
  findHeader,
  findPriceLevel,
  gridOf,
  unitInMillions,
  type Grid,
  type Header,
} from './xlsx-grid.ts';

// Reads Tabel 1 from a spreadsheet laid out like our export, and like the sheets finance
// officers make by hand: a title and notes above the table, blank rows and columns anywhere,
// numbers as numbers or as Danish text, '-' for an empty cell, subtotal rows present or not.
// What it cannot read it names by cell, in Danish; it never guesses a number.

export interface Tabel1Issue {
  /** The cell at fault, e.g. "C7"; null for the file as a whole. */
  cell: string | null;
  message: string;
}

export interface ImportedTabel1 {
  priceLevelYear: number | null;
  years: number[];
  /** Amounts in 1.000 kr., as Tabel 1 is written; null is an empty cell. */
  rows: { label: string; section: RowSection; area: Area; values: (number | null)[] }[];
}

export interface Tabel1Reading {
  /** Null when no table was found at all. */
  table: ImportedTabel1 | null;
  errors: Tabel1Issue[];
  warnings: Tabel1Issue[];
}

const MAX_YEARS = 30;
const MAX_TABLE_ROWS = 200;

const AREA_CHOICES = AREAS.map(areaLabel).join(', ');

const DERIVED = /^(samlet|samlede|i alt|total|heraf|akkumuleret|tilbagebetalingstid|baseret på)\b/i;
const LASTING = /^varige?\s+ændring/i;
const IMPLEMENTATION = /^implementeringsomkostning/i;
const LOAN = /(tilbagebetaling\w*|afdrag\w*)\b.*\blån\b|^internt?\s+lån/i;

const cleanLabel = (text: string) =>
  text
    .replace(/\s*\*+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Stated {
  row: number;
  label: string;
  values: (number | null)[];
}

/** Throws XlsxLimitError for a file past the limits of xlsx-limits.ts, before parsing it. */
export async function readTabel1Xlsx(data: Uint8Array): Promise<Tabel1Reading> {
  const errors: Tabel1Issue[] = [];
  const warnings: Tabel1Issue[] = [];
  const workbook = new ExcelJS.Workbook();
  const unreadable: Tabel1Reading = {
    table: null,
    errors: [
      {
        cell: null,
        message:
          'Filen kan ikke læses som et Excel-regneark (.xlsx). Gem den som "Excel-projektmappe (*.xlsx)", og prøv igen.',
      },
    ],
    warnings,
  };
  if (!(await checkXlsxArchive(data))) return unreadable;
  try {
    // exceljs declares its own Buffer type; at run time it takes any byte array.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return unreadable;
  }
  if (workbook.worksheets.length === 0) return unreadable;
  // The sheet named Tabel 1 first, then the others in their order.
  const sheets = [...workbook.worksheets].sort(
    (a, b) =>
      Number(b.name.trim().toLowerCase() === SHEET_NAME.toLowerCase()) -
      Number(a.name.trim().toLowerCase() === SHEET_NAME.toLowerCase()),
  );
  for (const sheet of sheets) {
    const grid = gridOf(sheet);
    const header = findHeader(grid);
    if (!header) continue;
    return readSheet(grid, header, errors, warnings);
  }
  return {
    table: null,
    errors: [
      {
        cell: null,
        message:
          'Regnearket har ingen overskriftsrække med årstal (fx 2026, 2027, 2028) over kolonnerne, så Tabel 1 kan ikke findes.',
      },
    ],
    warnings,
  };
}

function readSheet(
  grid: Grid,
  header: Header,
  errors: Tabel1Issue[],
  warnings: Tabel1Issue[],
): Tabel1Reading {
  const at = (r: number, c: number) => grid.address(r, c);
  const firstYearColumn = header.columns[0]!;
  if (header.years.length > MAX_YEARS) {
    errors.push({
      cell: at(header.row, header.columns[MAX_YEARS]!),
      message: `${at(header.row, header.columns[MAX_YEARS]!)}: Tabel 1 kan højst have ${MAX_YEARS} årskolonner.`,
    });
  }
  header.years.forEach((year, i) => {
    const previous = header.years[i - 1];
    if (previous !== undefined && year !== previous + 1) {
      const cell = at(header.row, header.columns[i]!);
      errors.push({
        cell,
        message: `${cell}: årene skal følge efter hinanden, men ${year} følger efter ${previous}.`,
      });
    }
  });
  const priceLevelYear = findPriceLevel(grid, header);
  const unit = unitInMillions(grid, header);
  if (unit) {
    errors.push({
      cell: unit,
      message: `${unit}: arket angiver beløbene i mio. kr.; Tabel 1 skrives i 1.000 kr. Omregn beløbene, og prøv igen.`,
    });
  }
  if (priceLevelYear === null) {
    warnings.push({
      cell: null,
      message: 'Prisniveauet (fx "2026 p/l") står ikke i arket; udfyld det i formularen.',
    });
  }

  const rows: ImportedTabel1['rows'] = [];
  const stated: Stated[] = [];
  let section: RowSection | null = null;
  for (let r = header.row + 1; r <= grid.rows; r++) {
    const left: { col: number; text: string }[] = [];
    for (let c = 1; c < firstYearColumn; c++) {
      const text = textOf(grid.at(r, c));
      if (text) left.push({ col: c, text });
    }
    const areaCell =
      header.areaColumn !== null
        ? left.find((x) => x.col === header.areaColumn)
        : [...left].reverse().find((x, i) => i === 0 && left.length > 1 && areaOfName(x.text));
    const label = cleanLabel(
      left
        .filter((x) => x !== areaCell)
        .map((x) => x.text)
        .join(' '),
    );
    const cells = header.columns.map((c) => ({ address: at(r, c), content: grid.at(r, c) }));
    const hasValues = cells.some((x) => x.content.kind !== 'empty');
    if (!label && !areaCell && !hasValues) continue;

    if (DERIVED.test(label)) {
      stated.push({
        row: r,
        label,
        values: cells.map((x) => readAmount(x.address, x.content, null) ?? null),
      });
      continue;
    }
    if (!hasValues && !areaCell) {
      if (LASTING.test(label)) section = 'lasting';
      else if (IMPLEMENTATION.test(label)) section = 'implementation';
      else if (LOAN.test(label)) section = 'loan';
      // Any other line without figures is a note or a caption, not a row of the table.
      continue;
    }

    const rowSection: RowSection | null = LOAN.test(label) ? 'loan' : section;
    const labelCell = at(r, left.find((x) => x !== areaCell)?.col ?? 1);
    let failed = false;
    if (rowSection === null) {
      failed = true;
      errors.push({
        cell: labelCell,
        message: `${labelCell}: rækken "${label}" står før overskrifterne "Varige ændringer" og "Implementeringsomkostninger", så det vides ikke, hvilken del af tabellen den hører til.`,
      });
    }
    if (!label) {
      warnings.push({ cell: labelCell, message: `${labelCell}: rækken har tal, men ingen tekst.` });
    }
    const areaAddress = at(
      r,
      header.areaColumn ?? areaCell?.col ?? Math.max(1, firstYearColumn - 1),
    );
    const area = areaCell ? areaOfName(areaCell.text) : null;
    if (!area) {
      failed = true;
      errors.push({
        cell: areaAddress,
        message: areaCell
          ? `${areaAddress}: "${areaCell.text}" er ikke et styringsområde; skriv et af disse: ${AREA_CHOICES}.`
          : `${areaAddress}: styringsområde mangler for rækken "${label}"; skriv et af disse: ${AREA_CHOICES}.`,
      });
    }
    const values = cells.map((x) => readAmount(x.address, x.content, errors));
    if (values.some((v) => v === undefined)) failed = true;
    if (failed || !area || !rowSection) continue;
    if (label.length > 500) {
      errors.push({ cell: labelCell, message: `${labelCell}: teksten er længere end 500 tegn.` });
      continue;
    }
    rows.push({
      label,
      section: rowSection,
      area,
      values: values.map((v) => v ?? null),
    });
  }
  if (rows.length > MAX_TABLE_ROWS) {
    errors.push({
      cell: null,
      message: `Tabel 1 kan højst have ${MAX_TABLE_ROWS} rækker; arket har ${rows.length}.`,
    });
  }
  const table: ImportedTabel1 = { priceLevelYear, years: header.years.slice(0, MAX_YEARS), rows };
  if (rows.length === 0 && errors.length === 0) {
    errors.push({
      cell: null,
      message: 'Arket har årskolonner, men ingen rækker med tal under dem.',
    });
  }
  warnings.push(...statedDisagreements(table, stated));
  return { table, errors, warnings };
}

/**
 * An amount in 1.000 kr.: null for an empty cell or '-', undefined (with an error pushed) for
 * what is not one. `errors` null reads leniently, for subtotal rows we only compare.
 */
function readAmount(
  address: string,
  content: CellContent,
  errors: Tabel1Issue[] | null,
): number | null | undefined {
  const fail = (message: string) => {
    errors?.push({ cell: address, message: `${address}: ${message}` });
    return undefined;
  };
  switch (content.kind) {
    case 'empty':
      return null;
    case 'unreadable':
      return fail(`cellen indeholder ${content.reason}, ikke et beløb.`);
    case 'text': {
      const value = parseDanishNumber(content.value);
      if (value === null) return null;
      if (Number.isNaN(value))
        return fail(`"${content.value}" er ikke et tal (skriv fx 1.234 eller -942,5).`);
      return checked(value);
    }
    case 'number':
      return checked(content.value);
  }
  function checked(value: number) {
    if (Math.abs(value) > MAX_AMOUNT_THOUSANDS) return fail('beløbet er for stort.');
    if (thousandsToKroner(value) === null) {
      return fail(
        `${formatDanishNumber(value, 6)} har mere end tre decimaler; beløb i 1.000 kr. skal være hele kroner.`,
      );
    }
    return value;
  }
}

/** Subtotals the sheet states that the rows do not add up to: shown, never used. */
function statedDisagreements(table: ImportedTabel1, stated: Stated[]): Tabel1Issue[] {
  const economic: EconomicTable = {
    priceLevelYear: table.priceLevelYear,
    years: table.years,
    rows: table.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => (v === null ? null : thousandsToKroner(v))),
    })),
  };
  const evaluation = evaluateOrNull(economic);
  if (!evaluation) return [];
  const issues: Tabel1Issue[] = [];
  for (const line of stated) {
    const computed = seriesForLabel(evaluation, line.label);
    if (!computed) continue;
    line.values.forEach((value, i) => {
      if (value === null || value === undefined) return;
      const ours = computed[i] ?? (0 as Kroner);
      if (thousandsToKroner(value) === ours) return;
      issues.push({
        cell: null,
        message: `Række ${line.row}, "${line.label}", ${table.years[i]}: arket angiver ${formatDanishNumber(value)}, men rækkerne giver ${formatDanishNumber(kronerToThousands(ours))}. Systemet beregner selv subtotalerne.`,
      });
    });
  }
  return issues;
}
