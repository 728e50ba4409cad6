import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kroner } from '../domain/money.ts';
import { liveOverview, type OverviewProposal } from '../domain/rounds/overview.ts';
import { roundOverviewDocx } from './round-overview-docx.ts';
import { roundOverviewXlsx } from './round-overview-xlsx.ts';
import { demoIndex, demoInRound, demoRules } from './test-support/demo.ts';
import { docxText } from './test-support/unzip.ts';

// The round's appendix as Word and as a workbook, both from the one live overview.

const names = {
  committee: (code: string) => `Udvalg ${code}`,
  administration: (code: string) => `Forvaltning ${code}`,
};
const level = { year: 2026, index: demoIndex };
const rules = demoRules('ofs-2025-2026');
const seed000 = () =>
  liveOverview(
    ['BC01', 'BC02', 'BC39'].map((c) => demoInRound(c)),
    level,
    rules,
  );

const asking = (
  code: string,
  amount: number,
  kind: OverviewProposal['kind'],
): OverviewProposal => ({
  proposalId: code,
  code,
  title: `Forslag ${code}`,
  kind,
  status: 'submitted',
  committee: 'BIU',
  administration: 'BIF',
  economy: {
    priceLevelYear: 2026,
    years: [2026],
    rows: [
      { label: 'Projekt', section: 'implementation', area: 'service', values: [kroner(amount)] },
    ],
  },
});

describe('the round overview appendix (.docx)', () => {
  it('prints seed 000’s figures at 2026 p/l by committee and forvaltning, and explains 4.951 against 4.952', async () => {
    const text = docxText(
      await roundOverviewDocx({ roundName: 'OFS 2025-2026', overview: seed000(), names }),
    );
    expect(text).toContain('Tabel 1. Oversigt over indkomne ansøgninger til OFS 2025-2026');
    expect(text).toContain('1.000 kr., 2026 p/l');
    for (const heading of ['Udvalg BIU', 'Udvalg SUND', 'Forvaltning BIF', 'I alt, Udvalg BIU']) {
      expect(text).toContain(heading);
    }
    for (const figure of ['1.017', '1.989', '1.946', '4.951']) expect(text).toContain(figure);
    expect(text).toContain(
      'Forslagenes afrundede beløb giver tilsammen 4.952, mens årenes afrundede summer giver 4.951: en afrundingsdifference på 1.',
    );
    expect(text.indexOf('BC01')).toBeLessThan(text.indexOf('BC02'));
    expect(text.indexOf('BC02')).toBeLessThan(text.indexOf('BC39'));
    expect(text).toContain('Beregnet efter version 1 af rundens regler.');
    expect(text).toContain('Tabel 2. Puljerne: budget, ansøgt og tilbage');
  });

  it('marks a proposal over its cap and a pool exceeded, with the amounts', async () => {
    const overview = liveOverview(
      [asking('BC1', 2_500_000, 'innovationsforslag'), asking('F1', 5_000_000, 'foranalyse')],
      level,
      rules,
    );
    const text = docxText(await roundOverviewDocx({ roundName: 'R', overview, names }));
    expect(text).toContain('Forslag BC1 (over loftet)');
    expect(text).toContain(
      'BC1 Forslag BC1 søger 2.500, over loftet for Innovationsforslag på 2.000 (1.000 kr., 2026 p/l).',
    );
    expect(text).toContain('Foranalyser er overskredet i 2026 med 1.000 (1.000 kr.).');
  });

  it('says so when nothing has come in, and when the round has no rules', async () => {
    const overview = liveOverview([demoInRound('BC01', 'draft')], level, null);
    const text = docxText(await roundOverviewDocx({ roundName: 'B2027', overview, names }));
    expect(text).toContain('Runden har endnu ingen indkomne forslag.');
    const noRules = liveOverview([demoInRound('BC01')], level, null);
    const withoutRules = docxText(
      await roundOverviewDocx({ roundName: 'R', overview: noRules, names }),
    );
    expect(withoutRules).toContain(
      'Runden har ingen regler endnu, så puljer og lofter indgår ikke.',
    );
  });
});

describe('the round overview workbook (.xlsx)', () => {
  it('holds the exact amounts shown as whole thousands, the printed total and the rounding difference', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await roundOverviewXlsx({
        roundName: 'OFS 2025-2026',
        overview: seed000(),
        names,
      })) as never,
    );
    const sheet = workbook.getWorksheet('Oversigt')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const byLabel = (label: string) => rows.find((r) => r.includes(label))!;
    const bc02 = byLabel('BC02');
    expect(bc02.at(-1)).toBe(1989.423);
    expect(sheet.getColumn(bc02.length - 1).numFmt).toBe('#,##0;-#,##0');
    expect(byLabel('I alt udmøntning fra puljerne').at(-1)).toBe(4951.671);
    expect(byLabel('Trykt i alt (afrundede år lagt sammen)').at(-1)).toBe(4951);
    expect(byLabel('Afrundingsdifference (afrundede forslag minus trykt i alt)').at(-1)).toBe(1);
    const pools = workbook.getWorksheet('Puljer')!.getSheetValues().filter(Boolean) as unknown[][];
    const innovation = pools.findIndex((r) => r.includes('Innovationspuljen'));
    expect(pools[innovation + 2]![1 + 2]).toBe(15_000 - 2033.2);
  });
});
