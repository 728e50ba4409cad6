import type { Paragraph, Table } from 'docx';
import type { Kroner } from '../domain/money.ts';
import { formatWholeThousands } from '../shared/format.ts';
import {
  caption,
  heading,
  headRow,
  paragraph,
  table,
  wordFile,
  type RowSpec,
} from './docx-parts.ts';
import {
  roundOverview,
  type OverviewPriceLevel,
  type OverviewProposal,
  type Requested,
} from './round-overview.ts';
import { tabel1Unit } from './tabel1-layout.ts';
import { word } from './words.ts';

export interface RoundOverviewInput {
  roundName: string;
  proposals: readonly OverviewProposal[];
  committeeName(code: string): string;
  /** The round's price level and the index to convert to it; without it nothing is converted. */
  priceLevel?: OverviewPriceLevel | null;
}

// Converted and summed amounts in whole thousands, as the round's printed appendix has them.
const amount = (value: Kroner) => formatWholeThousands(value);
const figures = (r: Requested | null) =>
  (r ? [r.service, r.anlaeg, r.total].map(amount) : ['', '', word('common.none')]).map((text) => ({
    text,
    style: 'amount' as const,
  }));

/** The round's overview appendix (bilag) as the bytes of a .docx file. */
export function roundOverviewDocx({
  roundName,
  proposals,
  committeeName,
  priceLevel = null,
}: RoundOverviewInput): Promise<Buffer> {
  const overview = roundOverview(proposals, priceLevel);
  const mixed = overview.priceLevels.length > 1;
  const unit = mixed ? word('overview.unitMixed') : tabel1Unit(overview.priceLevels[0] ?? null);
  const rows: RowSpec[] = [
    headRow(
      [
        word('overview.col.code'),
        word('overview.col.committee'),
        word('overview.col.title'),
        word('area.service'),
        word('area.anlaeg'),
        word('overview.col.total'),
      ],
      3,
    ),
  ];
  for (const kind of overview.kinds) {
    rows.push({ style: 'group', cells: [{ text: word(`kind.${kind.kind}`), span: 6 }] });
    for (const group of kind.committees) {
      const committee = group.committee ?? word('overview.noCommittee');
      for (const entry of group.entries) {
        const level =
          mixed && entry.priceLevelYear !== null
            ? ` (${word('common.priceLevel', { year: entry.priceLevelYear })})`
            : '';
        rows.push({
          cells: [
            { text: entry.code ?? word('common.none') },
            { text: committee },
            { text: entry.title + level },
            ...figures(entry.requested),
          ],
        });
      }
      rows.push({
        style: 'total',
        cells: [
          {
            text: word('overview.committeeTotal', {
              committee: group.committee ? committeeName(group.committee) : committee,
            }),
            span: 3,
          },
          ...figures(group.total),
        ],
      });
    }
    rows.push({
      style: 'total',
      cells: [{ text: word(`overview.kindTotal.${kind.kind}`), span: 3 }, ...figures(kind.total)],
    });
  }
  if (overview.kinds.length > 1) {
    rows.push({
      style: 'total',
      cells: [{ text: word('overview.grandTotal'), span: 3 }, ...figures(overview.total)],
    });
  }

  const children: (Paragraph | Table)[] = [
    heading(word('overview.heading'), 1),
    paragraph(word('overview.intro', { round: roundName })),
    caption(word('overview.caption', { round: roundName }), unit),
  ];
  if (overview.kinds.length === 0) {
    children.push(paragraph(word('overview.empty')));
  } else {
    children.push(table(rows, [11, 8, 45, 12, 12, 12]));
  }
  if (priceLevel && overview.kinds.length > 0) {
    children.push(
      paragraph(
        word('overview.converted', {
          priceLevel: word('common.priceLevel', { year: priceLevel.year }),
        }),
        { italics: true },
      ),
    );
  }
  for (const entry of overview.kinds.flatMap((k) => k.committees.flatMap((g) => g.entries))) {
    if (entry.notConverted === null) continue;
    const proposal = [entry.code, entry.title].filter(Boolean).join(' ');
    children.push(
      paragraph(word('overview.notConverted', { proposal, reason: entry.notConverted }), {
        italics: true,
      }),
    );
  }
  if (mixed) {
    children.push(
      paragraph(
        word('overview.mixedPriceLevels', {
          levels: overview.priceLevels
            .map((year) => word('common.priceLevel', { year }))
            .join(', '),
        }),
        { italics: true },
      ),
    );
  }
  if (overview.unevaluated > 0) {
    children.push(
      paragraph(word('overview.unevaluated', { n: overview.unevaluated }), { italics: true }),
    );
  }
  return wordFile(word('overview.caption', { round: roundName }), children);
}
