import ExcelJS from 'exceljs';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import type { Allocation } from '../domain/rounds/allocation.ts';

// The round's allocation as a workbook the secretariat can hand on: one sheet per view (the
// pools with their budgets and what is left, the grants per forvaltning, the cash flow), in
// 1.000 kr. at the round's price level, as plain numbers so the reader can sum and chart them.

export interface AllocationWorkbookInput {
  roundName: string;
  priceLevelYear: number;
  rulesVersion: number | null;
  allocation: Allocation;
  /** The forvaltninger's names by code. */
  administrationNames: Record<string, string>;
}

const FORMAT = '#,##0.0##';
const thousands = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  header: (string | number)[],
  rows: (string | number | null)[][],
): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    column.width = i === 0 ? 36 : 14;
    if (i > 0) column.numFmt = FORMAT;
  });
}

export async function allocationXlsx(input: AllocationWorkbookInput): Promise<Buffer> {
  const { allocation, roundName, priceLevelYear, rulesVersion } = input;
  const workbook = new ExcelJS.Workbook();
  const unit =
    `1.000 kr., ${priceLevelYear} p/l` + (rulesVersion ? `, regler v${rulesVersion}` : '');
  const years = allocation.years;
  const poolName = new Map(allocation.pools.map((p) => [p.key, p.name]));

  sheet(
    workbook,
    'Puljer',
    `${roundName}: bevilget og tilbage pr. pulje (${unit})`,
    ['Pulje', 'Post', ...years, 'I alt'],
    allocation.pools.flatMap((pool) => [
      [
        pool.name,
        'Budget',
        ...pool.years.map((y) => thousands(y.budget)),
        thousands(pool.budgetTotal),
      ],
      [
        '',
        'Bevilget',
        ...pool.years.map((y) => thousands(y.granted)),
        thousands(pool.grantedTotal),
      ],
      [
        '',
        'Tilbage',
        ...pool.years.map((y) => thousands(y.remaining)),
        thousands(pool.remainingTotal),
      ],
    ]),
  );

  sheet(
    workbook,
    'Forvaltninger',
    `${roundName}: bevilget pr. forvaltning og pulje (${unit})`,
    ['Forvaltning', 'Pulje', ...years, 'I alt'],
    [
      ...allocation.byAdministration.map((row) => [
        row.administration
          ? (input.administrationNames[row.administration] ?? row.administration)
          : '',
        poolName.get(row.poolKey) ?? row.poolKey,
        ...row.perYear.map(thousands),
        thousands(row.total),
      ]),
      [
        'I alt',
        '',
        ...allocation.grantedPerYear.map(thousands),
        thousands(allocation.grantedTotal),
      ],
    ],
  );

  sheet(
    workbook,
    'Pengestrøm',
    `${roundName}: puljernes udbetalinger og besparelsernes tilbageløb (${unit})`,
    ['Pulje', 'Post', ...allocation.cashFlowYears],
    allocation.cashFlow.flatMap((flow) => [
      [flow.name, 'Udbetalt', ...flow.years.map((y) => thousands(y.payout))],
      ['', 'Besparelser', ...flow.years.map((y) => thousands(y.savings))],
      ['', 'Netto', ...flow.years.map((y) => thousands(y.net))],
      ['', 'Netto akkumuleret', ...flow.years.map((y) => thousands(y.cumulativeNet))],
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
