import type { Paragraph, Table } from 'docx';
import type { Kroner } from '../domain/money.ts';
import type { LiveOverview, OverviewEntry, Printed } from '../domain/rounds/overview.ts';
import { formatDanishNumber } from '../shared/danish-number.ts';
import { formatWholeThousands } from '../shared/format.ts';
import { notConvertedMessage } from '../shared/i18n/price-level-messages.ts';
import type { DocumentNames } from './proposal-docx.ts';
import {
  caption,
  heading,
  headRow,
  paragraph,
  table,
  wordFile,
  type RowSpec,
} from './docx-parts.ts';
import { tabel1Unit } from './tabel1-layout.ts';
import { word } from './words.ts';

// The round's overview appendix (bilag, seed 000) as Word: what came in, grouped by committee
// and forvaltning, per year and in total in whole thousands at the round's price level, the
// pools' budgets and what is left, and every mark the live overview carries (a cap or a pool
// exceeded, a rounding difference, a proposal not converted).

export interface RoundOverviewInput {
  roundName: string;
  overview: LiveOverview;
  names: Pick<DocumentNames, 'administration' | 'committee'>;
}

const amountCell = (text: string) => ({ text, style: 'amount' as const });
const printedCells = (printed: Printed, shown: readonly number[]) => [
  ...shown.map((i) => amountCell(formatDanishNumber(printed.perYear[i]!))),
  amountCell(formatDanishNumber(printed.total)),
];
const thousands = (value: Kroner | null) => (value === null ? '' : formatWholeThousands(value));

/** The years anything is asked in: a year of nothing but zeros is left out of the table. */
const askedYears = (overview: LiveOverview) =>
  overview.years.flatMap((_, i) => (overview.sum.perYear[i] !== 0 ? [i] : []));

function entryRow(entry: OverviewEntry, shown: readonly number[]): RowSpec {
  const mark = entry.overCap ? ` (${word('overview.overCapMark')})` : '';
  return {
    cells: [
      { text: entry.code ?? word('common.none') },
      { text: entry.title + mark },
      ...printedCells(entry.printed, shown),
    ],
  };
}

function poolsTable(overview: LiveOverview): Table {
  const rows: RowSpec[] = [
    headRow(['', '', ...overview.years.map(String), word('overview.col.total')], 2),
  ];
  for (const pool of overview.pools) {
    const line = (
      name: string,
      label: string,
      values: (Kroner | null)[],
      total: Kroner | null,
    ): RowSpec => ({
      cells: [
        { text: name },
        { text: label },
        ...values.map((v) => amountCell(thousands(v))),
        amountCell(thousands(total)),
      ],
    });
    const at = (pick: (y: (typeof pool.years)[number]) => Kroner | null) =>
      overview.years.map((year) => {
        const found = pool.years.find((y) => y.year === year);
        return found ? pick(found) : null;
      });
    rows.push(
      line(
        pool.name,
        word('overview.pools.budget'),
        at((y) => y.budget),
        pool.budgetTotal,
      ),
      line(
        '',
        word('overview.pools.asked'),
        at((y) => y.granted),
        pool.grantedTotal,
      ),
      line(
        '',
        word('overview.pools.remaining'),
        at((y) => y.remaining),
        pool.remainingTotal,
      ),
    );
  }
  return table(rows);
}

/** The round's overview appendix (bilag) as the bytes of a .docx file. */
export function roundOverviewDocx({ roundName, overview, names }: RoundOverviewInput) {
  const shown = askedYears(overview);
  const entries = overview.committees.flatMap((c) => c.administrations.flatMap((a) => a.entries));
  const rows: RowSpec[] = [
    headRow(
      [
        word('overview.col.code'),
        word('overview.col.title'),
        ...shown.map((i) => String(overview.years[i])),
        word('overview.col.total'),
      ],
      2,
    ),
  ];
  const span = shown.length + 3;
  for (const group of overview.committees) {
    const committee = group.committee
      ? names.committee(group.committee)
      : word('overview.noCommittee');
    rows.push({ style: 'group', cells: [{ text: committee, span }] });
    for (const administration of group.administrations) {
      rows.push({
        cells: [
          {
            text: administration.administration
              ? names.administration(administration.administration)
              : word('overview.noAdministration'),
            span,
          },
        ],
      });
      rows.push(...administration.entries.map((entry) => entryRow(entry, shown)));
    }
    rows.push({
      style: 'total',
      cells: [
        { text: word('overview.committeeTotal', { committee }), span: 2 },
        ...printedCells(group.sum.printed, shown),
      ],
    });
  }
  rows.push({
    style: 'total',
    cells: [
      { text: word('overview.grandTotal'), span: 2 },
      ...printedCells(overview.sum.printed, shown),
    ],
  });

  const priceLevel = word('common.priceLevel', { year: overview.priceLevelYear });
  const children: (Paragraph | Table)[] = [
    heading(word('overview.heading'), 1),
    paragraph(word('overview.intro', { round: roundName })),
    caption(word('overview.caption', { round: roundName }), tabel1Unit(overview.priceLevelYear)),
  ];
  if (entries.length === 0) {
    children.push(paragraph(word('overview.empty')));
    return wordFile(word('overview.caption', { round: roundName }), children);
  }
  children.push(table(rows));
  const notes: string[] = [word('overview.converted', { priceLevel })];
  const { roundingDifference } = overview.sum;
  if (roundingDifference.total !== 0) {
    notes.push(
      word('overview.rounding', {
        rows: formatDanishNumber(overview.sum.printed.total + roundingDifference.total),
        total: formatDanishNumber(overview.sum.printed.total),
        difference: formatDanishNumber(roundingDifference.total),
      }),
    );
  }
  for (const entry of entries) {
    const proposal = [entry.code, entry.title].filter(Boolean).join(' ');
    if (entry.notConverted !== null) {
      const why = notConvertedMessage(entry.notConverted);
      const reason = word(why.key, why.values);
      notes.push(word('overview.notConverted', { proposal, reason }));
    }
    if (entry.overCap && entry.cap !== null) {
      notes.push(
        word('overview.overCap', {
          proposal,
          amount: formatWholeThousands(entry.total),
          kind: word(`kind.${entry.kind}`),
          cap: formatWholeThousands(entry.cap),
          priceLevel,
        }),
      );
    }
  }
  children.push(...notes.map((note) => paragraph(note, { italics: true })));
  if (overview.rulesVersion === null) {
    children.push(paragraph(word('overview.noRules'), { italics: true }));
  } else {
    children.push(
      caption(word('overview.pools.caption'), tabel1Unit(overview.priceLevelYear)),
      poolsTable(overview),
      ...overview.exceeded.map((e) =>
        paragraph(
          word('overview.exceeded', {
            pool: overview.pools.find((p) => p.key === e.poolKey)?.name ?? e.poolKey,
            year: e.year,
            amount: formatWholeThousands(e.over),
          }),
          { bold: true },
        ),
      ),
      paragraph(word('overview.rulesVersion', { version: overview.rulesVersion }), {
        italics: true,
      }),
    );
  }
  return wordFile(word('overview.caption', { round: roundName }), children);
}
