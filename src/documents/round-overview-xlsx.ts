import ExcelJS from 'exceljs';
import { kronerToThousands, type Kroner } from '../domain/money.ts';
import type { LiveOverview } from '../domain/rounds/overview.ts';
import type { DocumentNames } from './proposal-docx.ts';
import { word } from './words.ts';

// The round's overview as a workbook: the cells hold the exact amounts in 1.000 kr. (shown as
// whole thousands, as the appendix prints them), so the reader can sum and sort them; the
// printed totals and the rounding difference between them follow the table, as in the appendix.
// A second sheet holds the pools' budgets, what is asked of them and what is left.

export interface RoundOverviewWorkbookInput {
  roundName: string;
  overview: LiveOverview;
  names: Pick<DocumentNames, 'administration' | 'committee'>;
}

const WHOLE = '#,##0;-#,##0';
const exact = (value: Kroner | null) => (value === null ? null : kronerToThousands(value));

export async function roundOverviewXlsx({
  roundName,
  overview,
  names,
}: RoundOverviewWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const unit =
    `1.000 kr., ${overview.priceLevelYear} p/l` +
    (overview.rulesVersion === null ? '' : `, regler v${overview.rulesVersion}`);
  const { years } = overview;
  const firstAmount = 7;

  const ws = workbook.addWorksheet('Oversigt');
  ws.addRow([`${word('overview.caption', { round: roundName })} (${unit})`]).font = {
    bold: true,
    size: 13,
  };
  ws.addRow([]);
  ws.addRow([
    'Udvalg',
    'Forvaltning',
    word('overview.col.code'),
    word('overview.col.title'),
    'Art',
    'Loft overskredet',
    ...years,
    word('overview.col.total'),
  ]).font = { bold: true };
  for (const group of overview.committees) {
    for (const administration of group.administrations) {
      for (const entry of administration.entries) {
        ws.addRow([
          group.committee ? names.committee(group.committee) : word('overview.noCommittee'),
          administration.administration
            ? names.administration(administration.administration)
            : word('overview.noAdministration'),
          entry.code ?? '',
          entry.title,
          word(`kind.${entry.kind}`),
          entry.overCap ? 'ja' : '',
          ...entry.perYear.map(exact),
          exact(entry.total),
        ]);
      }
    }
  }
  const totalRow = (label: string, values: (number | null)[]) =>
    (ws.addRow([label, '', '', '', '', '', ...values]).font = { bold: true });
  totalRow(word('overview.grandTotal'), [
    ...overview.sum.perYear.map(exact),
    exact(overview.sum.total),
  ]);
  totalRow('Trykt i alt (afrundede år lagt sammen)', [
    ...overview.sum.printed.perYear,
    overview.sum.printed.total,
  ]);
  totalRow('Afrundingsdifference (afrundede forslag minus trykt i alt)', [
    ...overview.sum.roundingDifference.perYear,
    overview.sum.roundingDifference.total,
  ]);
  ws.columns.forEach((column, i) => {
    column.width = i === 3 ? 48 : i < 6 ? 18 : 12;
    if (i >= firstAmount - 1) column.numFmt = WHOLE;
  });

  const pools = workbook.addWorksheet('Puljer');
  pools.addRow([`${word('overview.pools.caption')} (${unit})`]).font = { bold: true, size: 13 };
  pools.addRow([]);
  pools.addRow(['Pulje', 'Post', ...years, word('overview.col.total')]).font = { bold: true };
  for (const pool of overview.pools) {
    const at = (pick: (y: (typeof pool.years)[number]) => Kroner | null) =>
      years.map((year) => {
        const found = pool.years.find((y) => y.year === year);
        return found ? exact(pick(found)) : null;
      });
    pools.addRow([
      pool.name,
      word('overview.pools.budget'),
      ...at((y) => y.budget),
      exact(pool.budgetTotal),
    ]);
    pools.addRow([
      '',
      word('overview.pools.asked'),
      ...at((y) => y.granted),
      exact(pool.grantedTotal),
    ]);
    pools.addRow([
      '',
      word('overview.pools.remaining'),
      ...at((y) => y.remaining),
      exact(pool.remainingTotal),
    ]);
  }
  pools.columns.forEach((column, i) => {
    column.width = i === 0 ? 36 : 12;
    if (i >= 2) column.numFmt = WHOLE;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
