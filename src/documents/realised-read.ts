import ExcelJS from 'exceljs';
import { MAX_AMOUNT_THOUSANDS, isPlanYear } from '../domain/limits.ts';
import { thousandsToKroner, type Kroner } from '../domain/money.ts';
import { parseDanishNumber } from '../shared/danish-number.ts';
import { column } from './tabel1-xlsx.ts';
import { cellContent, type CellContent } from './xlsx-cells.ts';
import { checkXlsxArchive, XLSX_LIMITS } from './xlsx-limits.ts';

// Realised figures read from an accounting system's export (.xlsx or .csv): one line per
// proposal code, year, plan row (its name or number in Tabel 1) and amount. Exports differ, so
// the header row is looked for in the first rows by its column names, in any order, with title
// rows above it; numbers may be numbers or Danish text ("1.234,5"); a CSV may be separated by
// semicolons (as Danish Excel saves it), commas or tabs. Amounts are in 1.000 kr., as Tabel 1,
// unless the amount's heading says kroner. Whatever cannot be read is named by its cell.

export interface RealisedLine {
  /** The cells the line was read from, to name in a later finding: code, year, row, amount. */
  cells: { code: string; year: string; row: string; amount: string };
  code: string;
  year: number;
  /** The plan row as written: its name, or its number from 1. */
  row: string;
  amount: Kroner;
}

export interface RealisedIssue {
  /** "C7"; null for the file as a whole. */
  cell: string | null;
  message: string;
}

export interface RealisedReading {
  lines: RealisedLine[];
  errors: RealisedIssue[];
}

/** A sheet as rows of cells, 1-based, as both readers hand it over. */
interface Sheet {
  rows: number;
  at(row: number, col: number): CellContent;
}

const HEADER_ROWS = 20;
const MAX_COLUMNS = 60;
const MAX_ERRORS = 50;

const HEADINGS = {
  code: /^(forslag|forslagskode|forslagsnr|kode|projekt(nr|nummer)?|sag(snr)?|proposal|code)\b/i,
  year: /^(år|regnskabsår|budgetår|year)\b/i,
  row: /^(konto\w*|række|tabel 1-række|post|linje|account|row)\b/i,
  amount: /^(beløb|realiseret|faktisk|regnskab|forbrug|amount|actual)\b/i,
} as const;
type Column = keyof typeof HEADINGS;
const COLUMNS = Object.keys(HEADINGS) as Column[];

const THOUSANDS_UNIT = /1\.?000\s*kr|t\.?\s*kr|tkr|mio/i;
const KRONER_UNIT = /\bkr\.?|\bkroner\b|\bDKK\b/i;
const SUM_ROW = /^(i alt|total|sum)\b/i;

const text = (c: CellContent) =>
  c.kind === 'text' ? c.value : c.kind === 'number' ? String(c.value) : '';

interface Header {
  row: number;
  columns: Record<Column, number>;
  inKroner: boolean;
}

function findHeader(sheet: Sheet): Header | null {
  for (let r = 1; r <= Math.min(sheet.rows, HEADER_ROWS); r++) {
    const found: Partial<Record<Column, number>> = {};
    for (let c = 1; c <= MAX_COLUMNS; c++) {
      const heading = text(sheet.at(r, c)).trim();
      const name = COLUMNS.find((col) => found[col] === undefined && HEADINGS[col].test(heading));
      if (name) found[name] = c;
    }
    if (COLUMNS.every((col) => found[col] !== undefined)) {
      const unit = text(sheet.at(r, found.amount!));
      const inKroner = KRONER_UNIT.test(unit) && !THOUSANDS_UNIT.test(unit);
      return { row: r, columns: found as Record<Column, number>, inKroner };
    }
  }
  return null;
}

const address = (row: number, col: number) => `${column(col)}${row}`;

function numberOf(c: CellContent, decimalPoint: boolean): number | null {
  if (c.kind === 'number') return c.value;
  if (c.kind !== 'text') return null;
  if (decimalPoint && /^-?\d+(\.\d+)?$/.test(c.value.trim())) return Number(c.value.trim());
  const parsed = parseDanishNumber(c.value);
  return parsed === null || Number.isNaN(parsed) ? null : parsed;
}

/** The lines of a sheet; `decimalPoint` when numbers as text use '.' for decimals. */
function readSheet(sheet: Sheet, decimalPoint: boolean): RealisedReading {
  const header = findHeader(sheet);
  if (!header) {
    return {
      lines: [],
      errors: [
        {
          cell: null,
          message:
            `Filen har ingen overskriftsrække i de første ${HEADER_ROWS} rækker med kolonnerne ` +
            'forslag (kode), år, konto/række og beløb.',
        },
      ],
    };
  }
  const lines: RealisedLine[] = [];
  const errors: RealisedIssue[] = [];
  const { columns } = header;
  for (let r = header.row + 1; r <= sheet.rows && errors.length < MAX_ERRORS; r++) {
    const cell = (col: Column) => sheet.at(r, columns[col]);
    const where = (col: Column) => address(r, columns[col]);
    const code = text(cell('code')).trim();
    const rowName = text(cell('row')).trim();
    if (COLUMNS.every((col) => cell(col).kind === 'empty')) continue;
    if (SUM_ROW.test(code) || (!code && SUM_ROW.test(rowName))) continue;
    const failed = COLUMNS.map((col) => cell(col)).find((c) => c.kind === 'unreadable');
    if (failed?.kind === 'unreadable') {
      const col = COLUMNS.find((c) => cell(c) === failed)!;
      errors.push({ cell: where(col), message: `cellen indeholder ${failed.reason}` });
      continue;
    }
    if (!code) {
      errors.push({ cell: where('code'), message: 'forslagets kode mangler' });
      continue;
    }
    const year = numberOf(cell('year'), true);
    if (year === null || !isPlanYear(year)) {
      errors.push({ cell: where('year'), message: `'${text(cell('year'))}' er ikke et år` });
      continue;
    }
    if (!rowName) {
      errors.push({ cell: where('row'), message: 'rækken (konto) mangler' });
      continue;
    }
    const value = numberOf(cell('amount'), decimalPoint);
    if (value === null || Math.abs(header.inKroner ? value / 1000 : value) > MAX_AMOUNT_THOUSANDS) {
      errors.push({ cell: where('amount'), message: `'${text(cell('amount'))}' er ikke et beløb` });
      continue;
    }
    const amount = header.inKroner
      ? Number.isSafeInteger(value)
        ? (value as Kroner)
        : null
      : thousandsToKroner(value);
    if (amount === null) {
      errors.push({
        cell: where('amount'),
        message: header.inKroner
          ? 'beløbet skal være hele kroner'
          : 'beløbet må højst have tre decimaler (hele kroner, 1.000 kr.)',
      });
      continue;
    }
    lines.push({
      cells: {
        code: where('code'),
        year: where('year'),
        row: where('row'),
        amount: where('amount'),
      },
      code,
      year,
      row: rowName,
      amount: amount === 0 ? (0 as Kroner) : amount,
    });
  }
  return { lines, errors };
}

const UNREADABLE_XLSX: RealisedReading = {
  lines: [],
  errors: [
    {
      cell: null,
      message:
        'Filen kan ikke læses som et Excel-regneark (.xlsx). Gem den som "Excel-projektmappe (*.xlsx)" eller som CSV, og prøv igen.',
    },
  ],
};

/** Throws XlsxLimitError for a file past xlsx-limits.ts's limits, before parsing it. */
export async function readRealisedXlsx(data: Uint8Array): Promise<RealisedReading> {
  if (!(await checkXlsxArchive(data))) return UNREADABLE_XLSX;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; at run time it takes any byte array.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return UNREADABLE_XLSX;
  }
  let first: RealisedReading | null = null;
  for (const worksheet of workbook.worksheets) {
    const cells = new Map<string, CellContent>();
    let rows = 0;
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      if (r > XLSX_LIMITS.rows) return;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > MAX_COLUMNS) return;
        cells.set(`${r}:${c}`, cellContent(cell));
        rows = Math.max(rows, r);
      });
    });
    const reading = readSheet(
      { rows, at: (r, c) => cells.get(`${r}:${c}`) ?? { kind: 'empty' } },
      false,
    );
    // The first sheet with a header row is the export; a sheet without one is another sheet.
    if (reading.lines.length > 0 || reading.errors.some((e) => e.cell !== null)) return reading;
    first ??= reading;
  }
  return first ?? UNREADABLE_XLSX;
}

/** The fields of a CSV text, with quoted fields ("a;b", "say ""x"""), one array per line. */
function csvRecords(source: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Reads a CSV export; at most `maxRows` lines are read, more is an error naming the row. */
export function readRealisedCsv(
  source: string,
  maxRows: number = XLSX_LIMITS.rows,
): RealisedReading {
  const body = source.replace(/^\uFEFF/, '');
  const head = body.split(/\r?\n/, HEADER_ROWS).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  const separator = [';', '\t', ','].sort((a, b) => count(b) - count(a))[0]!;
  const records = csvRecords(body, separator);
  if (records.length > maxRows) {
    return {
      lines: [],
      errors: [{ cell: `A${maxRows + 1}`, message: `filen har mere end ${maxRows} rækker` }],
    };
  }
  const at = (r: number, c: number): CellContent => {
    const value = (records[r - 1]?.[c - 1] ?? '').replace(/\s+/g, ' ').trim();
    return value === '' ? { kind: 'empty' } : { kind: 'text', value };
  };
  // Only a comma-separated file can have '.' for decimals: its commas separate the fields.
  return readSheet({ rows: records.length, at }, separator === ',');
}
