import ExcelJS from 'exceljs';
import type { BudgetFrames, UnconvertedPlan } from '../domain/followup/frames.ts';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import { word } from './words.ts';

// The budget frames as a workbook for the finance office: one sheet with each forvaltning's
// frame changes per styringsområde and its total, one with the proposals behind them, in 1.000
// kr. at one price level, as plain numbers (negative: the frame is reduced). Grants whose Tabel
// 1 the index cannot convert are named on a sheet of their own and noted above the frames, so
// a workbook passed on never looks whole when it is not.

export interface FramesWorkbookInput {
  priceLevelYear: number;
  complete: boolean;
  frames: BudgetFrames;
  /** The forvaltninger's names by code. */
  administrationNames: Record<string, string>;
  unconverted: UnconvertedPlan[];
}

const FORMAT = '#,##0.0##;-#,##0.0##';
const thousands = (values: readonly Kroner[]) => values.map(kronerToThousands);

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  header: (string | number)[],
  rows: (string | number)[][],
  textColumns: number,
): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    column.width = i < textColumns ? 34 : 13;
    if (i >= textColumns) column.numFmt = FORMAT;
  });
}

export async function budgetFramesXlsx(input: FramesWorkbookInput): Promise<Buffer> {
  const { frames, priceLevelYear, administrationNames, unconverted } = input;
  const workbook = new ExcelJS.Workbook();
  const unit = `1.000 kr., ${priceLevelYear} p/l`;
  const nameOf = (code: string | null) =>
    code ? `${administrationNames[code] ?? code} (${code})` : word('common.none');
  const sheet = word('frames.sheetUnconverted');
  const note = [
    input.complete ? null : word('frames.partial'),
    unconverted.length ? word('frames.unconvertedNote', { n: unconverted.length, sheet }) : null,
  ]
    .filter(Boolean)
    .map((text) => ` – ${text}`)
    .join('');
  const proposalName = (p: { code: string | null; title: string }) =>
    [p.code, p.title].filter(Boolean).join(': ');

  addSheet(
    workbook,
    word('frames.sheetFrames'),
    `${word('frames.heading')} (${unit})${note}`,
    [word('frames.administration'), word('frames.area'), ...frames.years],
    [
      ...frames.administrations.flatMap((a) => [
        ...a.areas.map((line) => [
          nameOf(a.administration),
          word(`area.${line.area}`),
          ...thousands(line.values),
        ]),
        [nameOf(a.administration), word('frames.total'), ...thousands(a.total)],
      ]),
      [word('frames.allAdministrations'), word('frames.total'), ...thousands(frames.total)],
    ],
    2,
  );
  addSheet(
    workbook,
    word('frames.sheetProposals'),
    `${word('frames.proposalsHeading')} (${unit})`,
    [
      word('frames.administration'),
      word('frames.proposal'),
      word('frames.area'),
      word('frames.fromYear'),
      ...frames.years,
    ],
    frames.administrations.flatMap((a) =>
      a.proposals.map((p) => [
        nameOf(a.administration),
        proposalName(p),
        word(`area.${p.area}`),
        p.fromYear,
        ...thousands(p.values),
      ]),
    ),
    4,
  );
  if (unconverted.length) {
    addSheet(
      workbook,
      sheet,
      word('frames.unconvertedSheetHeading', { level: String(priceLevelYear) }),
      [
        word('frames.administration'),
        word('frames.proposal'),
        word('frames.ownLevel'),
        word('frames.reason'),
      ],
      unconverted.map(({ plan, reason, indexYear }) => [
        nameOf(plan.administration),
        proposalName(plan),
        plan.table.priceLevelYear === null
          ? word('common.none')
          : `${plan.table.priceLevelYear} p/l`,
        word(`frames.reason.${reason}`, { year: String(indexYear) }),
      ]),
      4,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
