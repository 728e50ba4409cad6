import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FollowUpPages, RealisedPage } from './pages/realised-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { draftCopy } from './support/draft-copy.ts';
import { useBrowserSession } from './support/session.ts';

// Benefit realisation in the browser, on the demo's TV01 (SOF, in implementation, on track in
// 2025-2026): an author in SOF types the 2027 figures, which fall short of the plan, and reads
// 2028's from an accounting export; the dashboard, the deviation list and the realism check on a
// new SOF proposal follow. A reader sees the same figures and no way to report.

const session = useBrowserSession();

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An accounting export as the finance system writes it: a title, then the columns. */
async function export2028(year: number | string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Udtræk');
  sheet.addRow(['Realiseret pr. konto, Socialforvaltningen']);
  sheet.addRow(['Forslag', 'År', 'Konto', 'Beløb (1.000 kr.)']);
  sheet.addRow(['TV01', year, 'Øgede driftsudgifter til DOMUS', 243.655]);
  sheet.addRow(['TV01', 2028, 'Udgifter til systemejerskab', 146.193]);
  sheet.addRow(['TV01', 2028, 'Tidsbesparelse', -1461.928]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The realism panel's words, once the ratio is there. */
async function realismOf(page: Page, proposalId: string): Promise<string> {
  await page.goto(`/forslag/${proposalId}`);
  const panel = page.getByRole('region', { name: 'Realismetjek' });
  await panel.getByText(/realiseret/).waitFor();
  return (await panel.textContent()) ?? '';
}

describe('realised figures in the browser', () => {
  it('a reader sees TV01’s realised figures and the follow-up screens, and cannot report', async () => {
    const { page } = await person('laeser');
    const realised = await new RealisedPage(page).open('TV01');
    expect(await realised.summary(2026).textContent()).toContain('Ja');
    expect(await realised.reportButtons().count()).toBe(0);
    expect(await realised.importForm().count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const followUp = await new FollowUpPages(page).openDashboard();
    await followUp.portfolioYear(2026).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Opfølgningens sider' }).textContent(),
    ).not.toContain('Tærskel');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('an author in SOF reports 2027 typed and 2028 from an .xlsx; dashboard, deviations and realism follow', async () => {
    const { context, page } = await person('forfatter-sof');
    const draft = await draftCopy(
      context.request,
      'TV01',
      'Digitalt samtykke i Børne- og Familieforvaltningen',
    );
    // SOF's investment proposals so far: TV01 and LØFT realised 1.929,745 of 4.337,053 promised.
    const before = await realismOf(page, draft.id);
    expect(before).toContain('44,5 %');
    expect(before).toContain('2 forslag af samme type (Investeringsforslag) fra SOF');
    expect(await axeViolations(page)).toEqual([]);

    const followUp = new FollowUpPages(page);
    await followUp.openDashboard();
    expect(await followUp.portfolioYear(2027).textContent()).toContain('0 af 3');
    await followUp.openDeviations();
    expect(await followUp.deviation('TV01').count()).toBe(0);

    // 2027: the time saved is 600 of the 1.461,928 planned; the running costs as planned.
    const realised = await new RealisedPage(page).open('TV01');
    await realised.report(2027, {
      'Øgede driftsudgifter til DOMUS': { amount: '243,655' },
      'Udgifter til systemejerskab': { amount: '146,193' },
      Tidsbesparelse: { amount: '-600', comment: 'Udrulningen til børneområdet er forsinket' },
    });
    const y2027 = await realised.summary(2027).textContent();
    expect(y2027).toContain('Ja');
    expect(y2027).toContain('210,152');
    expect(
      await page.getByRole('table', { name: /^2027: plan og realiseret/ }).textContent(),
    ).toContain('Udrulningen til børneområdet er forsinket');
    expect(await axeViolations(page)).toEqual([]);

    // A faulty export is refused whole, naming its cell; the corrected one is read.
    await realised.importFile({
      name: 'udtraek.xlsx',
      mimeType: XLSX,
      buffer: await export2028('tyve'),
    });
    const refusal = page.getByRole('alert').filter({ hasText: 'Udtrækket blev ikke indlæst' });
    expect(await refusal.textContent()).toContain("Celle B3: 'tyve' er ikke et år");
    expect(await realised.summary(2028).textContent()).toContain('Nej');
    expect(await axeViolations(page)).toEqual([]);
    await realised.importFile({
      name: 'udtraek.xlsx',
      mimeType: XLSX,
      buffer: await export2028(2028),
    });
    await page.getByRole('status').filter({ hasText: 'Udtrækket er indlæst' }).waitFor();
    await expect.poll(() => realised.summary(2028).textContent()).toContain('Ja');
    expect(await realised.summary(2028).textContent()).toContain('1.072,08');

    await followUp.openDashboard();
    const d2027 = await followUp.portfolioYear(2027).textContent();
    expect(d2027).toContain('1 af 3');
    expect(d2027).toContain('210,152');
    expect(await followUp.portfolioYear(2028).textContent()).toContain('1 af 3');
    expect(await axeViolations(page)).toEqual([]);

    // TV01 now lags: 1.652,587 realised of 2.485,276 promised, 832,689 (33 %) short.
    await followUp.openDeviations();
    expect(await followUp.deviation('TV01').textContent()).toContain(
      'Halter efter planen: 1.652,587 t.kr. realiseret af 2.485,276 t.kr. planlagt i 2025-2028',
    );
    expect(await axeViolations(page)).toEqual([]);

    // With TV01's 2027 and 2028: 3.211,977 realised of 6.481,213 promised.
    expect(await realismOf(page, draft.id)).toContain('49,6 %');
  }, 180_000);
});
