import {
  AlignmentType,
  Document,
  Packer,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { word } from './words.ts';

// The few shapes every Word export is built from: headings, the author's free text, table
// captions, and tables whose cells are text, right-aligned amounts or shaded subtotals.

const SMALL = 18; // half-points: 9 pt, what the template's tables use

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({ text, heading: levels[level], keepNext: true });
}

function linesOf(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

export function paragraph(text: string, options: { bold?: boolean; italics?: boolean } = {}) {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } });
}

/** Free text as the author wrote it: blank lines part paragraphs, single line breaks stay. */
export function narrative(text: string): Paragraph[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return [paragraph(word('view.empty'), { italics: true })];
  return paragraphs.map((p) => new Paragraph({ children: linesOf(p), spacing: { after: 120 } }));
}

export function caption(title: string, unit?: string): Paragraph {
  const runs = [new TextRun({ text: title, bold: true })];
  if (unit) runs.push(new TextRun({ text: unit, break: 1, size: SMALL }));
  return new Paragraph({ children: runs, keepNext: true, spacing: { before: 200, after: 80 } });
}

export type CellStyle = 'text' | 'amount' | 'head' | 'headAmount' | 'group' | 'total';

export interface CellSpec {
  text: string;
  style?: CellStyle;
  span?: number;
}

const SHADE: Partial<Record<CellStyle, string>> = {
  head: 'D9E2F3',
  headAmount: 'D9E2F3',
  group: 'F2F2F2',
  total: 'F2F2F2',
};

function cell({ text, style = 'text', span }: CellSpec, rowStyle: CellStyle | null): TableCell {
  const effective = rowStyle === 'total' && style === 'amount' ? 'total' : style;
  const fill = SHADE[effective] ?? (rowStyle ? SHADE[rowStyle] : undefined);
  const bold = effective !== 'text' && effective !== 'amount';
  const right = style === 'amount' || style === 'headAmount';
  return new TableCell({
    margins: { top: 20, bottom: 20, left: 70, right: 70 },
    ...(span ? { columnSpan: span } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: linesOf(text, { bold, size: SMALL }),
      }),
    ],
  });
}

export interface RowSpec {
  cells: CellSpec[];
  /** Shades and bolds the whole row: a group heading or a total. */
  style?: 'group' | 'total';
  header?: boolean;
}

// Twentieths of a point across an A4 page inside the default 2.54 cm margins.
const TEXT_WIDTH = 11906 - 2 * 1440;

/**
 * A real Word table: the header row repeats on every page, the table spans the text width.
 * `widths` are relative column widths; without them the columns share the width equally.
 */
export function table(rows: RowSpec[], widths?: number[]): Table {
  const weights = widths ?? [];
  const sum = weights.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    ...(sum > 0
      ? {
          layout: TableLayoutType.FIXED,
          columnWidths: weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum)),
        }
      : {}),
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header ?? false,
          cantSplit: true,
          children: row.cells.map((c) => cell(c, row.style ?? null)),
        }),
    ),
  });
}

export const headRow = (texts: string[], amountsFrom = Infinity): RowSpec => ({
  header: true,
  cells: texts.map((text, i) => ({ text, style: i >= amountsFrom ? 'headAmount' : 'head' })),
});

/** A document in the house style, as the bytes of a .docx file. */
export function wordFile(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    creator: word('app.name'),
    title,
    // Danish, so Word's spelling check and screen readers read the text as Danish.
    styles: {
      default: { document: { run: { font: 'Arial', size: 20, language: { value: 'da-DK' } } } },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
