import { evaluateOrNull } from '../domain/economics/index.ts';
import type { Paragraph, Table } from 'docx';
import type { EconomicTable, StatedFigures } from '../domain/proposal.ts';
import { formatThousands } from '../shared/format.ts';
import { caption, headRow, paragraph, table, type RowSpec } from './docx-parts.ts';
import { areaLabel, paybackText, tabel1Lines, tabel1Unit } from './tabel1-layout.ts';
import { word } from './words.ts';

const amount = formatThousands;

/** Our payback, and beside it the document's own where an imported one stated another. */
function paybackWithStated(computed: number | null, stated: number | null | undefined): string {
  if (stated === undefined || stated === computed) return paybackText(computed);
  const note =
    stated === null ? word('economy.statedNone') : word('economy.statedDiffers', { n: stated });
  return `${paybackText(computed)} (${note.toLowerCase()})`;
}

/**
 * Tabel 1 with its caption and unit, the computed subtotals, impact and both paybacks; where
 * an imported document stated other paybacks, those are printed beside ours, not instead.
 */
export function tabel1Docx(
  economy: EconomicTable,
  stated: StatedFigures | null = null,
): (Paragraph | Table)[] {
  const title = caption(word('economy.caption'), tabel1Unit(economy.priceLevelYear));
  const evaluation = evaluateOrNull(economy);
  if (!evaluation) return [title, paragraph(word('economy.tooLarge'))];
  if (economy.years.length === 0) return [title, paragraph(word('economy.noYears'))];

  const width = economy.years.length;
  const rows: RowSpec[] = [headRow(['', word('economy.area'), ...economy.years.map(String)], 2)];
  for (const line of tabel1Lines(economy, evaluation)) {
    const figures =
      line.kind === 'heading'
        ? []
        : line.values.map((v) => ({ text: amount(v), style: 'amount' as const }));
    switch (line.kind) {
      case 'heading':
        rows.push({ style: 'group', cells: [{ text: line.label, span: 2 + width }] });
        break;
      case 'row':
        rows.push({ cells: [{ text: line.label }, { text: areaLabel(line.area) }, ...figures] });
        break;
      case 'areaTotal':
        rows.push({ cells: [{ text: line.label }, { text: areaLabel(line.area) }, ...figures] });
        break;
      default:
        rows.push({ style: 'total', cells: [{ text: line.label }, { text: '' }, ...figures] });
    }
  }
  const payback = table(
    [
      { header: true, cells: [{ text: word('economy.payback'), style: 'head', span: 2 }] },
      {
        cells: [
          { text: word('economy.paybackService') },
          { text: paybackWithStated(evaluation.payback.service, stated?.payback.service) },
        ],
      },
      {
        cells: [
          { text: word('economy.paybackTotal') },
          { text: paybackWithStated(evaluation.payback.total, stated?.payback.total) },
        ],
      },
    ],
    [60, 40],
  );
  return [
    title,
    // Per cent of the width: the label and styringsområde first, the years share the rest.
    table(rows, [30, 17, ...economy.years.map(() => 53 / width)]),
    paragraph(''),
    payback,
    paragraph(word('economy.computedNote'), { italics: true }),
  ];
}
