import type ExcelJS from 'exceljs';

// A spreadsheet cell reduced to what Tabel 1 can hold: a number, a text, or a reason it is
// neither. Formulas count by their cached result, as the program that saved the file computed it.

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'unreadable'; reason: string };

const EMPTY: CellContent = { kind: 'empty' };

function contentOf(value: ExcelJS.CellValue | undefined): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'number', value }
      : { kind: 'unreadable', reason: 'et ugyldigt tal' };
  }
  if (typeof value === 'string') {
    const text = value.replace(/\s+/g, ' ').trim();
    return text === '' ? EMPTY : { kind: 'text', value: text };
  }
  if (typeof value === 'boolean')
    return { kind: 'unreadable', reason: 'en sandhedsværdi (SAND/FALSK)' };
  if (value instanceof Date) return { kind: 'unreadable', reason: 'en dato' };
  if ('error' in value) return { kind: 'unreadable', reason: `fejlværdien ${value.error}` };
  if ('richText' in value) return contentOf(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) {
      return {
        kind: 'unreadable',
        reason: 'en formel uden beregnet værdi (åbn filen i Excel, og gem den igen)',
      };
    }
    return contentOf(result);
  }
  if ('text' in value && typeof value.text === 'string') return contentOf(value.text);
  return { kind: 'unreadable', reason: 'et indhold, der hverken er tal eller tekst' };
}

/** The content of a cell; the covered cells of a merged range are empty, not copies. */
export function cellContent(cell: ExcelJS.Cell): CellContent {
  if (cell.isMerged && cell.master.address !== cell.address) return EMPTY;
  return contentOf(cell.value);
}

export const textOf = (content: CellContent): string | null =>
  content.kind === 'text'
    ? content.value
    : content.kind === 'number'
      ? String(content.value)
      : null;
