import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/documents/test-support/unzip.ts';
import { EditProposalPage } from './pages/edit-proposal-page.ts';
import { ProposalPage } from './pages/proposal-page.ts';
import { axeViolations } from './support/browser.ts';
import { draftCopy } from './support/draft-copy.ts';
import { useBrowserSession } from './support/session.ts';

const LOEFT = /Nyt intensivt § 85 døgnstøttetilbud/;
// The secretariat sees and may correct every forvaltning's proposals.
const session = useBrowserSession('sekretariat');
let files: string;

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'puljer-e2e-files-'));
});

afterAll(async () => {
  if (files) await rm(files, { recursive: true, force: true });
});

describe('Word and Excel in the browser', () => {
  it('downloads a proposal as Word from its page, with Tabel 1’s figures in Danish format', async () => {
    const page = await session.context.newPage();
    const proposal = new ProposalPage(page);
    await proposal.openFromList(LOEFT);
    expect(await axeViolations(page)).toEqual([]);
    const download = await proposal.download('Hent som Word');
    expect(download.suggestedFilename()).toMatch(/^UD.SI01 Nyt intensivt § 85.*\.docx$/);
    const text = docxText(await readFile((await download.path())!));
    expect(text).toContain('Tabel 1. Forslagets samlede økonomiske konsekvenser');
    expect(text).toContain('-33.350');
    expect(text).toContain('-21.100');
    await page.close();
  });

  it('loads a corrected Tabel 1 from Excel into the edit form, and it is kept once saved', async () => {
    const page = await session.context.newPage();
    const proposal = new ProposalPage(page);
    // LØFT is in implementation; its draft copy is what a finance officer would still correct.
    const { id } = await draftCopy(session.context.request, 'UD/SI01', 'LØFT, rettet udgave');
    await page.goto(`/forslag/${id}`);
    const download = await proposal.download('Hent Tabel 1 som Excel');

    // The finance officer lowers 2028's saving in the sheet, as in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Tabel 1')!;
    let savingRow = 0;
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === 'Besparelse på § 107 botilbudspladser') savingRow = r;
    });
    sheet.getRow(savingRow).getCell(6).value = '-20.000';
    const corrected = join(files, 'tabel1-rettet.xlsx');
    await workbook.xlsx.writeFile(corrected);

    const edit = await new EditProposalPage(page).open(id);
    const saving = edit.cell('Besparelse på § 107 botilbudspladser', 2028);
    expect(await saving.inputValue()).toBe('-27.800');
    await edit.importTabel1(corrected);
    expect(await edit.importOutcome().textContent()).toContain('12 rækker, 2025–2030');
    expect(await saving.inputValue()).toBe('-20.000');
    expect(await axeViolations(page)).toEqual([]);

    await edit.save();
    // The import's own message stays; the save's outcome comes beside it.
    await page.getByRole('status').filter({ hasText: 'gemt som version 2' }).waitFor();
    const stored = await (await session.context.request.get(`/api/proposals/${id}`)).json();
    const row = (
      stored as { economy: { rows: { label: string; values: number[] }[] } }
    ).economy.rows.find((r) => r.label === 'Besparelse på § 107 botilbudspladser');
    expect(row?.values[3]).toBe(-20000);
    await page.close();
  });

  it('names the cell it cannot read and leaves the form as it was', async () => {
    const page = await session.context.newPage();
    const { id } = await draftCopy(session.context.request, 'UD/SI01', 'LØFT, med fejl i arket');
    const edit = await new EditProposalPage(page).open(id);
    const before = await edit.cell('Husleje', 2026).inputValue();

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tabel 1');
    sheet.addRow(['', 'Styringsområde', 2026, 2027]);
    sheet.addRow(['Varige ændringer']);
    sheet.addRow(['Husleje', 'Service', 'seks hundrede', 600]);
    const broken = join(files, 'tabel1-fejl.xlsx');
    await writeFile(broken, new Uint8Array(await workbook.xlsx.writeBuffer()));

    await edit.importTabel1(broken);
    const alert = edit.importOutcome();
    expect(await alert.textContent()).toContain('C3: "seks hundrede" er ikke et tal');
    expect(await edit.cell('Husleje', 2026).inputValue()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('downloads the overview of a round from the list filtered by that round', async () => {
    const page = await session.context.newPage();
    await page.goto('/');
    await page.getByLabel('Runde').selectOption({ label: 'OFS 2025-2026' });
    await page.getByRole('link', { name: 'Hent oversigt over runden (Word)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent oversigt over runden (Word)' }).click(),
    ]);
    const text = docxText(await readFile((await download.path())!));
    expect(text).toContain('Oversigt over indkomne ansøgninger til OFS 2025-2026');
    for (const code of ['BC01', 'BC02', 'BC39']) expect(text).toContain(code);
    expect(text).toContain('I alt udmøntning fra puljerne');
    expect(text).toContain('afrundingsdifference på 1');
    // The proposals are in 2027 p/l; the overview is in the round's own, 2026 p/l.
    expect(text).toContain('1.000 kr., 2026 p/l');
    expect(text).toContain('omregnet til 2026 p/l');
    // Converted amounts in whole thousands, as the printed appendix has them: no "1.016,601".
    expect(text).not.toMatch(/\d,\d{3}(?!\d)/);
    await page.close();
  });
});
