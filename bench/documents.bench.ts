// Word and Excel exports and the Tabel 1 reader, per proposal, each against the library doing
// the least it must for the same content in the same run: a .docx of the proposal's text without
// tables, a workbook of the rows' bare numbers, and exceljs opening the file without our reading.
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { proposalDocx } from '../src/documents/proposal-docx.ts';
import { roundOverviewDocx } from '../src/documents/round-overview-docx.ts';
import { readTabel1Xlsx } from '../src/documents/tabel1-read-xlsx.ts';
import { tabel1Xlsx } from '../src/documents/tabel1-xlsx.ts';
import {
  demoContents,
  demoIndex,
  demoRules,
  plainNames,
} from '../src/documents/test-support/demo.ts';
import { askedPerYear } from '../src/domain/rounds/decisions-plan.ts';
import { liveOverview, type OverviewProposal } from '../src/domain/rounds/overview.ts';
import type { ProposalContent } from '../src/domain/proposal.ts';
import { median, medianMilliseconds, type BenchModule, type BenchRow } from './lib.ts';

const REPEATS = 15;

/** Median milliseconds per proposal: each repeat handles every demo proposal once. */
async function perProposal(work: (p: ProposalContent) => Promise<unknown>): Promise<number> {
  for (const p of demoContents) await work(p);
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    for (const p of demoContents) await work(p);
    times.push((performance.now() - start) / demoContents.length);
  }
  return median(times);
}

const textOnlyDocx = (p: ProposalContent) =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [p.title, p.summary, p.description, p.economyNarrative, p.riskNarrative]
            .flatMap((text) => text.split('\n'))
            .map((text) => new Paragraph(text)),
        },
      ],
    }),
  );

async function bareNumbersXlsx(p: ProposalContent) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tabel 1');
  sheet.addRow(p.economy.years);
  for (const row of p.economy.rows) sheet.addRow([row.label, row.area, ...row.values]);
  return workbook.xlsx.writeBuffer();
}

const row = (metric: string, value: number, baseline: number): BenchRow => ({
  metric,
  value,
  unit: 'ms',
  baseline,
  ratio: value / baseline,
});

export const documents: BenchModule = {
  name: 'documents',
  async run() {
    const docx = await perProposal((content) =>
      proposalDocx({ content, status: 'draft', version: 1, names: plainNames, origin: null }),
    );
    const docxBaseline = await perProposal(textOnlyDocx);
    const xlsx = await perProposal((p) => tabel1Xlsx({ economy: p.economy, name: p.title }));
    const xlsxBaseline = await perProposal(bareNumbersXlsx);
    const files = new Map(
      await Promise.all(
        demoContents.map(
          async (p) => [p, await tabel1Xlsx({ economy: p.economy, name: p.title })] as const,
        ),
      ),
    );
    const read = await perProposal((p) => readTabel1Xlsx(files.get(p)!));
    const readBaseline = await perProposal((p) =>
      new ExcelJS.Workbook().xlsx.load(files.get(p)! as never),
    );

    // A round of 300 proposals, the six demo proposals over and over.
    const inRound = (count: number): OverviewProposal[] =>
      Array.from({ length: count }, (_, i) => {
        const p = demoContents[i % demoContents.length]!;
        return {
          ...p,
          proposalId: String(i),
          code: `BC${i + 1}`,
          status: 'submitted',
          administration: p.leadAdministration,
        };
      });
    const round = inRound(300);
    const level = { year: 2026, index: demoIndex };
    const rules = demoRules('ofs-2025-2026');
    const names = { committee: (c: string) => c, administration: (c: string) => c };
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const overview = liveOverview(round, level, rules);
      await roundOverviewDocx({ roundName: 'Runde', overview, names });
      times.push(performance.now() - start);
    }
    const overview = median(times);
    const plainTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await Packer.toBuffer(
        new Document({
          sections: [{ children: round.map((p) => new Paragraph(`${p.code} ${p.title}`)) }],
        }),
      );
      plainTimes.push(performance.now() - start);
    }

    // The live overview of a round of 1.000 proposals (what the page and the files are built
    // from), against the least it must do: each proposal's asked amounts per year.
    const thousand = inRound(1000);
    const live = medianMilliseconds(5, () => void liveOverview(thousand, level, rules));
    const askedAlone = medianMilliseconds(5, () => {
      for (const p of thousand) askedPerYear(p.economy);
    });

    return [
      row(
        'live round overview of 1000 proposals (vs. their asked amounts alone)',
        live,
        askedAlone,
      ),
      row('proposal as .docx, per proposal (vs. its text alone as .docx)', docx, docxBaseline),
      row('Tabel 1 as .xlsx with formulas, per proposal (vs. bare numbers)', xlsx, xlsxBaseline),
      row('Tabel 1 read from .xlsx, per proposal (vs. exceljs opening it)', read, readBaseline),
      row(
        'round overview .docx of 300 proposals (vs. a line per proposal)',
        overview,
        median(plainTimes),
      ),
    ];
  },
};
